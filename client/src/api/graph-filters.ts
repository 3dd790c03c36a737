import type { NodeKind, RelationshipType } from '@pag/graph-seed';

/** What the graph view is narrowed to: the query of `GET /api/graph`. Null fields do not narrow. */
export interface Filters {
  /** Node kinds shown; null shows every kind. */
  readonly kinds: readonly NodeKind[] | null;
  /** Relationship types shown; null shows every type. */
  readonly relTypes: readonly RelationshipType[] | null;
  /** Only what this document establishes. */
  readonly document: string | null;
  /** Documents dated from / up to (YYYY, YYYY-MM or YYYY-MM-DD), and what they state. */
  readonly from: string | null;
  readonly to: string | null;
}

export const NO_FILTERS: Filters = {
  kinds: null,
  relTypes: null,
  document: null,
  from: null,
  to: null,
};

export const isFiltered = (filters: Filters): boolean =>
  Object.values(filters).some((value) => value !== null);

/** The filters as the query of `GET /api/graph` (and of a shared link): only what narrows. */
export const filterParams = (filters: Filters): [string, string][] => {
  const params: [string, string][] = [];
  if (filters.kinds) params.push(['kinds', filters.kinds.join(',')]);
  if (filters.relTypes) params.push(['relTypes', filters.relTypes.join(',')]);
  if (filters.document) params.push(['document', filters.document]);
  if (filters.from) params.push(['from', filters.from]);
  if (filters.to) params.push(['to', filters.to]);
  return params;
};
