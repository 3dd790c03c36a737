import { z } from 'zod';
import { Id } from '../schema/id';
import { Basis } from '../vocabulary/basis';
import { RelationshipType } from '../vocabulary/relationship-type';
import { DataVersionId } from './data-versions';
import { NodeSummary } from './node-summary';
import { TraceDirection } from './trace-direction';

/**
 * A published snapshot is a static site: the explorer and the API's answers as files, with
 * the same shapes. These are the files it holds besides the API's own answers.
 */
export const SNAPSHOT_FILES = {
  /** What the snapshot is: its data version and when it was published. */
  manifest: 'api/snapshot.json',
  /** Every node and relationship by name, for search without a server. */
  searchIndex: 'api/search-index.json',
  /** The records of the whole graph with their evidence (`POST /api/view-records` for all). */
  viewRecords: 'api/view-records.json',
} as const;

/** The body of `api/snapshot.json`. */
export const SnapshotManifest = z.object({
  dataVersion: DataVersionId.nullable(),
  publishedAt: z.string().describe('When the snapshot was written (ISO 8601)'),
});
export type SnapshotManifest = z.infer<typeof SnapshotManifest>;

/** The body of `api/search-index.json`: what the static explorer searches. */
export const SearchIndex = z.object({
  nodes: z.array(
    NodeSummary.extend({
      aliases: z.array(z.string()),
      pinyin: z.string().describe('The Chinese name and aliases as they may be typed in pinyin'),
    }),
  ),
  relationships: z.array(
    z.object({ id: z.string(), type: RelationshipType, source: NodeSummary, target: NodeSummary }),
  ),
});
export type SearchIndex = z.infer<typeof SearchIndex>;

const isId = (value: string | undefined): value is string =>
  value !== undefined && Id.safeParse(value).success;

/**
 * `provision,official-report` as a file name's part: the bases sorted, joined by `_`, which no
 * host reads otherwise (S3 reads a `+` in a path as a space).
 */
const basesPart = (basis: string): string | null => {
  const bases = basis.split(',').map((item) => item.trim());
  if (!bases.every((item) => Basis.safeParse(item).success)) return null;
  return [...new Set(bases)].sort().join('_');
};

/**
 * The file of a published snapshot that holds the answer to an API request (a path under
 * `/api` with its query), relative to the site's root; null for a request no snapshot holds:
 * a filtered graph, paths, search (which the static explorer answers from its index).
 */
export const snapshotFile = (url: string): string | null => {
  const { pathname, searchParams } = new URL(url, 'http://snapshot.invalid');
  let parts: string[];
  try {
    parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  const keys = [...searchParams.keys()];
  const [api, resource, id, sub, ...rest] = parts;
  if (api !== 'api' || rest.length > 0) return null;
  if (id === undefined) {
    const whole = resource === 'meta' || resource === 'graph' || resource === 'versions';
    return whole && keys.length === 0 ? `api/${resource}.json` : null;
  }
  if (resource === 'versions') {
    const version = DataVersionId.safeParse(id);
    return version.success && sub === 'changes' && keys.length === 0
      ? `api/versions/${version.data}/changes.json`
      : null;
  }
  if (!isId(id)) return null;
  if (resource === 'nodes' || resource === 'edges' || resource === 'sources') {
    return sub === undefined && keys.length === 0 ? `api/${resource}/${id}.json` : null;
  }
  if (resource === 'authority' && sub === undefined) {
    const direction = TraceDirection.safeParse(searchParams.get('direction'));
    const basis = searchParams.get('basis');
    const bases = basis === null ? '' : basesPart(basis);
    if (!direction.success || bases === null) return null;
    if (!keys.every((key) => key === 'direction' || key === 'basis')) return null;
    return `api/authority/${id}/${direction.data}${bases ? `.${bases}` : ''}.json`;
  }
  return null;
};
