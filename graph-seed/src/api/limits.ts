/**
 * The API's limits, each defined once: the route schemas (and so the OpenAPI document), the
 * Cypher queries and the explorer's text all read them from here.
 */

/** Hops in a traced chain of authority: asked for with `maxDepth`. */
export const TRACE_DEPTH = { default: 8, max: 12 } as const;

/** Chains returned by one trace: asked for with `limit`. */
export const TRACE_CHAINS = { default: 200, max: 500 } as const;

/** Hops in a path between two nodes. */
export const PATH_LENGTH_MAX = 6;

/** Paths returned between two nodes: asked for with `max`. */
export const PATH_COUNT = { default: 5, max: 10 } as const;

/** Characters in a search query. */
export const SEARCH_QUERY_LENGTH_MAX = 200;

/** Results of one search: asked for with `limit`. */
export const SEARCH_RESULTS = { default: 10, max: 50 } as const;

/** Items in a comma-separated list parameter (`kinds`, `relTypes`). */
export const LIST_PARAMETER_ITEMS_MAX = 50;

/** Node or relationship ids in one request for a view's records (a view holds at most this). */
export const VIEW_RECORDS_MAX = 5000;

/** Data versions listed by `GET /api/versions`: asked for with `limit`. */
export const VERSIONS_LISTED = { default: 50, max: 500 } as const;

/**
 * Records a load's changelog lists one by one; a load that changes more (a first bulk load,
 * say) records its counts alone.
 */
export const CHANGES_LISTED_MAX = 5000;

/**
 * Elements in the overview (`GET /api/overview`): the ranks nearest the Party centre that fit,
 * the rest as groups.
 */
export const OVERVIEW_ELEMENTS = 400;

/** Relationships a node's detail lists of each type and direction; the rest come in pages. */
export const DETAIL_RELATIONSHIPS_PER_GROUP = 25;

/** Relationships in one page of a node's neighbourhood: asked for with `limit`. */
export const RELATIONSHIP_PAGE = { default: 50, max: 200 } as const;

/** How far into a node's relationships of one type a page may start: asked for with `offset`. */
export const RELATIONSHIP_OFFSET_MAX = 1_000_000;
