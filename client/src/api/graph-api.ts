import type { z } from 'zod';
import {
  type Basis,
  ChainsResponse,
  DataChanges,
  EdgeDetail,
  GraphElements,
  GraphMeta,
  NodeDetail,
  NodeGroups,
  type NodeKind,
  Overview,
  PATH_COUNT,
  RELATIONSHIP_PAGE,
  RelationshipPage,
  type RelationshipGroupCount,
  type PathDirection,
  SearchIndex,
  SearchResults,
  SNAPSHOT_FILES,
  SourceDetail,
  type TraceDirection,
  ViewRecords,
} from '@pag/graph-seed';
import { filterParams, type Filters } from './graph-filters';
import { fetchJson } from './fetch-json';
import { SNAPSHOT, snapshotFileUrl } from './snapshot';
import { searchSnapshot } from './snapshot-search';

const id = (value: string) => encodeURIComponent(value);

const EMPTY: Overview = { nodes: [], edges: [], truncated: false, cut: null, groups: [] };

/** Suggestions the search box lists while a person types: a screenful, not the API's most. */
const SEARCH_SUGGESTIONS = 8;

/**
 * Loads the graph, narrowed by the filters, as Cytoscape elements. Unfiltered, it is the
 * overview: the whole graph when it is small; at scale, the ranks nearest the Party centre
 * with what lies beyond counted in groups. Filters that turn off every kind or every type
 * leave nothing to ask for. A static site holds the whole graph, so it has no groups.
 */
export const fetchGraph = async (filters: Filters, signal?: AbortSignal): Promise<Overview> => {
  if (filters.kinds?.length === 0 || filters.relTypes?.length === 0) return EMPTY;
  const query = new URLSearchParams(filterParams(filters)).toString();
  if (!query && !SNAPSHOT) return fetchJson('/api/overview', Overview, signal);
  const graph = await fetchJson(`/api/graph${query ? `?${query}` : ''}`, GraphElements, signal);
  return { ...graph, groups: [] };
};

/** A node with its sources and relationships. */
export const fetchNode = (nodeId: string, signal?: AbortSignal) =>
  fetchJson(`/api/nodes/${id(nodeId)}`, NodeDetail, signal);

/** The next page of a node's relationships of one type and direction (to one kind, if given). */
export const fetchRelationshipPage = (
  nodeId: string,
  group: Pick<RelationshipGroupCount, 'type' | 'direction'> & {
    readonly kind?: NodeKind;
    /** Only those lying below the node, as a group of the overview counts its members. */
    readonly below?: boolean;
  },
  offset: number,
  signal?: AbortSignal,
) =>
  fetchJson(
    `/api/nodes/${id(nodeId)}/relationships?type=${group.type}&direction=${group.direction}${group.kind ? `&kind=${group.kind}` : ''}${group.below ? '&below=true' : ''}&offset=${offset}&limit=${RELATIONSHIP_PAGE.default}`,
    RelationshipPage,
    signal,
  );

/** What lies below a node, counted in groups as the overview counts what lies below its cut. */
export const fetchNodeGroups = (nodeId: string, signal?: AbortSignal) =>
  fetchJson(`/api/nodes/${id(nodeId)}/groups`, NodeGroups, signal);

/** A relationship with its ends and sources. */
export const fetchEdge = (edgeId: string, signal?: AbortSignal) =>
  fetchJson(`/api/edges/${id(edgeId)}`, EdgeDetail, signal);

/** The query parameter that keeps every hop to some bases, or nothing for any basis. */
const basisParam = (bases: readonly Basis[] | null) => (bases ? `&basis=${bases.join(',')}` : '');

/**
 * Every chain of authority from a node, up to the Party centre or down to what it reaches;
 * with `bases`, only chains every hop of which rests on one of them.
 */
export const fetchAuthority = (
  nodeId: string,
  direction: TraceDirection,
  bases: readonly Basis[] | null,
  signal?: AbortSignal,
) =>
  fetchJson(
    `/api/authority/${id(nodeId)}?direction=${direction}${basisParam(bases)}`,
    ChainsResponse,
    signal,
  );

/**
 * The shortest simple paths between two nodes, over any relationship or along the lines of
 * authority one way, with evidence; with `bases`, only paths every hop of which rests on one.
 */
export const fetchPaths = (
  from: string,
  to: string,
  direction: PathDirection,
  bases: readonly Basis[] | null,
  signal?: AbortSignal,
) =>
  fetchJson(
    `/api/paths?from=${id(from)}&to=${id(to)}&max=${PATH_COUNT.default}&direction=${direction}${basisParam(bases)}`,
    ChainsResponse,
    signal,
  );

/** A static site's files, each read once. */
const snapshotFiles = new Map<string, Promise<unknown>>();
const fetchSnapshotFile = <T>(file: string, schema: z.ZodType<T>): Promise<T> => {
  const cached = snapshotFiles.get(file) ?? fetchJson(snapshotFileUrl(file), schema);
  snapshotFiles.set(file, cached);
  cached.catch(() => snapshotFiles.delete(file));
  return cached as Promise<T>;
};

/** Ranked nodes for a query in English or Chinese (on a static site, from its index). */
export const fetchSearch = (query: string, signal?: AbortSignal) =>
  SNAPSHOT
    ? fetchSnapshotFile(SNAPSHOT_FILES.searchIndex, SearchIndex).then((index) =>
        searchSnapshot(index, query, SEARCH_SUGGESTIONS),
      )
    : fetchJson(
        `/api/search?q=${encodeURIComponent(query)}&limit=${SEARCH_SUGGESTIONS}`,
        SearchResults,
        signal,
      );

/** A source with its stored text and the ranges of the quotes that cite it. */
export const fetchSource = (sourceId: string, signal?: AbortSignal) =>
  fetchJson(`/api/sources/${id(sourceId)}`, SourceDetail, signal);

/** Kinds, relationship types, counts and the loaded data version. */
export const fetchMeta = (signal?: AbortSignal) => fetchJson('/api/meta', GraphMeta, signal);

/** The records of a view's nodes and relationships, with evidence and the sources it cites. */
export const fetchViewRecords = (view: GraphElements, signal?: AbortSignal) => {
  const request = {
    nodes: view.nodes.map((node) => node.data.id),
    edges: view.edges.map((edge) => edge.data.id),
  };
  return SNAPSHOT
    ? fetchSnapshotFile(SNAPSHOT_FILES.viewRecords, ViewRecords).then((all) =>
        recordsOf(all, request),
      )
    : fetchJson('/api/view-records', ViewRecords, signal, request);
};

/**
 * A view's records out of the whole graph's, with the sources their evidence cites and the
 * ones those are cited in, as `POST /api/view-records` gives them.
 */
const recordsOf = (
  all: ViewRecords,
  request: { nodes: readonly string[]; edges: readonly string[] },
): ViewRecords => {
  const nodeIds = new Set(request.nodes);
  const edgeIds = new Set(request.edges);
  const nodes = all.nodes.filter((node) => nodeIds.has(node.id));
  const relationships = all.relationships.filter((r) => edgeIds.has(r.id));
  const byId = new Map(all.sources.map((source) => [source.id, source]));
  const cited = new Set(
    [...nodes, ...relationships].flatMap((record) => record.evidence.map((e) => e.source)),
  );
  for (const id of [...cited]) {
    const citedIn = byId.get(id)?.citedIn;
    if (citedIn) cited.add(citedIn);
  }
  return { nodes, relationships, sources: all.sources.filter((s) => cited.has(s.id)) };
};

/** What changed in the data since a version (a cited link's) up to the one loaded now. */
export const fetchChangesSince = (version: string, signal?: AbortSignal) =>
  fetchJson(`/api/versions/${id(version)}/changes`, DataChanges, signal);
