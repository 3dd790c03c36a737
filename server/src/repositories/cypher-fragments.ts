import { NodeKind, RelationshipType, relationshipTypes } from '@pag/graph-seed';
import { kindLabel } from './seed-rows';

/**
 * Cypher fragments shared by the read repositories. They are constants, never built from
 * input: every value a query uses arrives as a $parameter.
 */

/**
 * `[{kind, count}]` for every kind of node, by its kind's label, which Neo4j counts from its
 * count store without a scan (every node has its kind's label).
 */
export const COUNTS_BY_KIND = `[${NodeKind.options
  .map((kind) => `{kind: '${kind}', count: COUNT { MATCH (:${kindLabel(kind)}) }}`)
  .join(',\n           ')}]`;

const typesGoing = (direction: 'down' | 'up') =>
  RelationshipType.options.filter((type) => relationshipTypes[type].authority === direction);
/** The authority types whose arrow points down (from above to below), as `A|B|…`. */
export const DOWN_TYPES = typesGoing('down').join('|');
/** The authority types whose arrow points up (from below to above). */
export const UP_TYPES = typesGoing('up').join('|');

/**
 * A relationship type one way from a node `n`: `arrow` binds `r` to it, `pattern` binds
 * nothing (for counting).
 */
export interface TypeAndDirection {
  readonly type: string;
  readonly direction: 'out' | 'in';
  readonly arrow: string;
  readonly pattern: string;
}

/** Every relationship type, each way. */
export const TYPES_AND_DIRECTIONS: readonly TypeAndDirection[] = RelationshipType.options.flatMap(
  (type) => [
    { type, direction: 'out', arrow: `-[r:${type}]->`, pattern: `-[:${type}]->` },
    { type, direction: 'in', arrow: `<-[r:${type}]-`, pattern: `<-[:${type}]-` },
  ],
);

/**
 * Binds `a`, `r` and `b` to the relationship `(a)-[r]->(b)` whose id is `id` (a variable the
 * subquery imports, or a parameter when `scope` is empty). Neo4j indexes a relationship
 * property by type (the `relationship_id_*` indexes), so this is one index seek a type, not a
 * scan of every relationship.
 */
export const RELATIONSHIP_WITH_ID = (scope: string, id: string) => `CALL (${scope}) {
    ${RelationshipType.options
      .map((type) => `MATCH (a:Node)-[r:${type} {id: ${id}}]->(b:Node) RETURN a, r, b`)
      .join('\n    UNION ALL\n    ')}
  }`;

/** The stored evidence of a node or relationship, read by `EvidenceColumns`. */
export const EVIDENCE_OF = (variable: string) =>
  `{sources: ${variable}.evidenceSources, locators: ${variable}.evidenceLocators, quotes: ${variable}.evidenceQuotes}`;

/** What a citation of every source needs, as a column `sourceList` read by `SourceList`. */
export const ALL_SOURCES =
  'COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url, .author, .publisher, .date, .citedIn} } AS sourceList';

/** A node's summary, read by graph-seed's `NodeSummary`. */
export const SUMMARY_OF = (variable: string) => `${variable} {.id, .kind, .name, .nameZh}`;

/** A relationship with its ends, strength and evidence, read as one of `PathRow`'s hops. */
export const REL_MAP = (v: string) => `{id: ${v}.id, type: type(${v}), source: startNode(${v}).id,
                                        target: endNode(${v}).id, basis: ${v}.basis,
                                        modality: ${v}.modality, note: ${v}.note,
                                        modalityNote: ${v}.modalityNote,
                                        evidence: ${EVIDENCE_OF(v)}}`;

/** A path `p`, hop by hop with each relationship's evidence, read by `PathRow`. */
export const PATH_MAP = `{
  pathNodes: [n IN nodes(p) | ${SUMMARY_OF('n')}],
  pathRels: [rel IN relationships(p) | ${REL_MAP('rel')}]
}`;

/**
 * Closes a COLLECT over paths `p`: shortest first, ties in a stable order (by relationship
 * ids), at most $limit, each as PATH_MAP.
 */
export const SHORTEST_FIRST = `WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT $limit
           RETURN ${PATH_MAP}`;

/** Whether no node stands twice in path `v`: a path anyone would report, not a detour. */
export const SIMPLE = (v: string) =>
  `all(i IN range(0, length(${v}) - 1) WHERE NOT nodes(${v})[i] IN nodes(${v})[i + 1..])`;

/**
 * How many times path `v` turns along the lines of authority: from going up to going down or
 * back (other relationships neither turn it nor count). Up to a common superior and down to
 * the other end is one turn; down to a sibling and up again makes two, a zig-zag.
 */
export const TURNS = (v: string) => {
  const rel = `relationships(${v})[i]`;
  // true going down, false going up, from the node the hop leaves.
  const way = `((${rel}.authorityDirection = 'down') = (startNode(${rel}) = nodes(${v})[i]))`;
  return `reduce(s = {last: null, turns: 0}, i IN range(0, length(${v}) - 1) |
    CASE WHEN ${rel}.authorityDirection IN ['up', 'down']
      THEN {last: ${way}, turns: s.turns + CASE WHEN s.last IS NOT NULL AND s.last <> ${way} THEN 1 ELSE 0 END}
      ELSE s END).turns`;
};

/**
 * Whether relationship `rel` leaves node `from` going one way along a line of authority: up
 * when it leaves the lower end — the target of a `down` relationship (X LEADS *Y*) or the
 * source of an `up` one (*X* PART_OF Y) — and down the other way.
 */
export const AUTHORITY_STEP = {
  up: (rel: string, from: string) =>
    `(${rel}.authorityDirection = 'down' AND endNode(${rel}) = ${from}) OR (${rel}.authorityDirection = 'up' AND startNode(${rel}) = ${from})`,
  down: (rel: string, from: string) =>
    `(${rel}.authorityDirection = 'down' AND startNode(${rel}) = ${from}) OR (${rel}.authorityDirection = 'up' AND endNode(${rel}) = ${from})`,
} as const;

/** Relationship `rel` rests on one of the kinds of statement asked for ($bases), or any. */
export const WITHIN_BASES = (rel: string) => `($bases IS NULL OR ${rel}.basis IN $bases)`;

/** One hop of a quantified path, from `x` over `r` to `y`, where the condition holds. */
export const HOP = (condition: string) => `((x:Node)-[r]-(y:Node)
  WHERE ${condition})`;

/**
 * What hangs from `a` and is ranked beyond `beyond`, counted by type, direction and kind: a
 * node's authority relationships reach at most one rank further, so these are the nodes one
 * hop below it that no shorter line reaches.
 */
export const COUNTED_BELOW = (beyond: string) => `
    MATCH (a)-[r:${DOWN_TYPES}]->(m:Node) WHERE m.rank > ${beyond}
    RETURN type(r) AS type, 'out' AS direction, m.kind AS kind
    UNION ALL
    MATCH (a)<-[r:${UP_TYPES}]-(m:Node) WHERE m.rank > ${beyond}
    RETURN type(r) AS type, 'in' AS direction, m.kind AS kind`;
