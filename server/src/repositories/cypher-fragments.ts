/**
 * Cypher fragments shared by the read repositories. They are constants, never built from
 * input: every value a query uses arrives as a $parameter.
 */

/** The stored evidence of a node or relationship, read by `EvidenceColumns`. */
export const EVIDENCE_OF = (variable: string) =>
  `{sources: ${variable}.evidenceSources, locators: ${variable}.evidenceLocators, quotes: ${variable}.evidenceQuotes}`;

/** Every source's title and link, as a column `sourceList` read by `SourceList`. */
export const ALL_SOURCES =
  'COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url} } AS sourceList';

/** A node's summary, read by graph-seed's `NodeSummary`. */
export const SUMMARY_OF = (variable: string) => `${variable} {.id, .kind, .name, .nameZh}`;

/** A path `p`, hop by hop with each relationship's evidence, read by `PathRow`. */
export const PATH_MAP = `{
  pathNodes: [n IN nodes(p) | ${SUMMARY_OF('n')}],
  pathRels: [rel IN relationships(p) | {id: rel.id, type: type(rel), source: startNode(rel).id,
                                        target: endNode(rel).id, evidence: ${EVIDENCE_OF('rel')}}]
}`;

/**
 * Closes a COLLECT over paths `p`: shortest first, ties in a stable order (by relationship
 * ids), at most $limit, each as PATH_MAP.
 */
export const SHORTEST_FIRST = `WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT $limit
           RETURN ${PATH_MAP}`;
