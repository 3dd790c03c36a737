import {
  BasisScope,
  DataVersionId,
  Id,
  NodeKind,
  PartialDate,
  PathDirection,
  RelationshipType,
  TraceDirection,
} from '@pag/graph-seed';
import type { z } from 'zod';
import type { Focus } from '../graph/focus';
import { readPins, writePins, type Pins } from '../graph/pins';
import { filterParams, NO_FILTERS, type Filters } from '../api/graph-filters';
import { SNAPSHOT } from '../api/snapshot';
import type { Camera, LayoutName, PathQuery, Presentation, Selection, Trace } from './view-store';

/** The part of the view a shared link carries. */
export interface SharedView {
  readonly selection: Selection;
  readonly trace: Trace;
  readonly paths: PathQuery;
  readonly basisScope: BasisScope;
  readonly filters: Filters;
  readonly focus: Focus;
  readonly layout: LayoutName;
  readonly edgeLabels: boolean;
  readonly presentation: Presentation;
  readonly filtersOpen: boolean;
  readonly camera: Camera;
  /** Nodes dragged into place. */
  readonly pins: Pins;
  /** The one chain or path shown alone (its index), or null for all. */
  readonly onlyChain: number | null;
  /** The data version the link cites, so that a reader can tell what changed since. */
  readonly dataVersion: string | null;
}

/** Every parameter this module reads and writes; others in the URL are kept as they are. */
const OWN = [
  'node',
  'edge',
  'trace',
  'paths',
  'along',
  'basis',
  'kinds',
  'relTypes',
  'document',
  'from',
  'to',
  'focus',
  'layout',
  'labels',
  'panels',
  'camera',
  'pins',
  'chain',
  'v',
];

/** The panels a link can open: the filters beside the graph, the outline over it. */
const PANELS = ['filters', 'outline'] as const;

/** A chain's number as a link writes it (1 for the first), as its index. */
const readChain = (value: string | null): number | null => {
  const number = Number(value ?? undefined);
  return Number.isInteger(number) && number >= 1 && number <= 500 ? number - 1 : null;
};

/** A camera written as `zoom,x,y`: a zoom the canvas allows and a point of the graph. */
const readCamera = (value: string | null): Camera => {
  const parts = value?.split(',').map((part) => (part.trim() === '' ? NaN : Number(part))) ?? [];
  const [zoom, x, y] = parts;
  if (parts.length !== 3 || zoom === undefined || x === undefined || y === undefined) return null;
  if (![zoom, x, y].every(Number.isFinite) || zoom < 0.1 || zoom > 3) return null;
  return { zoom, x, y };
};

const valid = <T>(schema: z.ZodType<T>, value: string | null): T | null => {
  if (value === null) return null;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** A comma-separated list of which every item parses, or null. */
const validList = <T>(schema: z.ZodType<T>, value: string | null): T[] | null => {
  if (value === null) return null;
  const items = value.split(',').map((item) => valid(schema, item));
  const parsed = items.filter((item) => item !== null);
  return parsed.length === items.length ? parsed : null;
};

/**
 * Reads the view from a URL query (`?node=…&trace=up&kinds=…&layout=force`); a malformed
 * value is ignored, as if it were absent.
 */
export const readSharedView = (search: string): SharedView => {
  const params = new URLSearchParams(search);
  const panels = params.get('panels')?.split(',') ?? [];
  const node = valid(Id, params.get('node'));
  const edge = valid(Id, params.get('edge'));
  const direction = valid(TraceDirection, params.get('trace'));
  const selection: Selection = node
    ? { kind: 'node', id: node }
    : edge
      ? { kind: 'edge', id: edge }
      : null;
  const trace: Trace =
    selection?.kind === 'node' && direction ? { nodeId: selection.id, direction } : null;
  const [pathFrom, pathTo, ...extra] = validList(Id, params.get('paths')) ?? [];
  // A link without `along` is from before paths followed authority by default: any.
  const along = valid(PathDirection, params.get('along')) ?? 'any';
  const paths: PathQuery =
    pathFrom && pathTo && extra.length === 0 && !trace
      ? { from: pathFrom, to: pathTo, direction: along }
      : null;
  const view: SharedView = {
    selection,
    trace,
    paths,
    basisScope: valid(BasisScope, params.get('basis')) ?? 'any',
    filters: {
      kinds: validList(NodeKind, params.get('kinds')),
      relTypes: validList(RelationshipType, params.get('relTypes')),
      document: valid(Id, params.get('document')),
      from: valid(PartialDate, params.get('from')),
      to: valid(PartialDate, params.get('to')),
    },
    focus: validList(Id, params.get('focus')),
    layout: params.get('layout') === 'force' ? 'force' : 'authority',
    edgeLabels: params.get('labels') === 'on',
    presentation: panels.includes('outline') ? 'outline' : 'graph',
    filtersOpen: panels.includes('filters'),
    camera: readCamera(params.get('camera')),
    pins: readPins(params.get('pins')),
    onlyChain: trace || paths ? readChain(params.get('chain')) : null,
    dataVersion: valid(DataVersionId, params.get('v')),
  };
  // A static site holds the whole graph's answers, not filtered views or paths: a link from
  // the live explorer opens there without them rather than on an error.
  return SNAPSHOT ? { ...view, filters: NO_FILTERS, paths: null } : view;
};

/** Writes the view as a URL query, keeping any other parameters as they are. */
export const writeSharedView = (search: string, view: SharedView): string => {
  const params = new URLSearchParams(search);
  for (const key of OWN) params.delete(key);
  const selected = view.trace ? { kind: 'node' as const, id: view.trace.nodeId } : view.selection;
  if (selected) params.set(selected.kind, selected.id);
  if (view.trace) params.set('trace', view.trace.direction);
  if (view.paths?.to) {
    params.set('paths', `${view.paths.from},${view.paths.to}`);
    if (view.paths.direction !== 'any') params.set('along', view.paths.direction);
  }
  if ((view.trace || view.paths?.to) && view.onlyChain !== null) {
    params.set('chain', String(view.onlyChain + 1));
  }
  if (view.basisScope !== 'any') params.set('basis', view.basisScope);
  for (const [key, value] of filterParams(view.filters)) params.set(key, value);
  if (view.focus) params.set('focus', view.focus.join(','));
  if (view.layout !== 'authority') params.set('layout', view.layout);
  if (view.edgeLabels) params.set('labels', 'on');
  const panels = PANELS.filter((panel) =>
    panel === 'filters' ? view.filtersOpen : view.presentation === 'outline',
  );
  if (panels.length > 0) params.set('panels', panels.join(','));
  if (view.camera) {
    const { zoom, x, y } = view.camera;
    params.set('camera', `${zoom.toFixed(3)},${Math.round(x)},${Math.round(y)}`);
  }
  if (Object.keys(view.pins).length > 0) params.set('pins', writePins(view.pins));
  if (view.dataVersion) params.set('v', view.dataVersion);
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return query ? `?${query}` : '';
};

/**
 * The address of the view as shown, citing a data version: what a copied link, an embed, a
 * figure or a report names, so that it cites the data it was made from.
 */
export const citingVersion = (
  location: Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>,
  version: string | null | undefined,
): string => {
  const params = new URLSearchParams(location.search);
  if (version) params.set('v', version);
  else params.delete('v');
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
};
