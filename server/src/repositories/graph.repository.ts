import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { NodeKind, NodeSummary, type RelationshipType, type GraphElements } from '@pag/graph-seed';
import { COUNTS_BY_KIND, SUMMARY_OF } from './cypher-fragments';
import { RelationshipEnds, toEdgeElement, toNodeElement } from './elements';
import { readRows, type QueryContext } from './read-rows';

/** Narrows the graph view. Absent fields do not filter. */
export interface GraphFilter {
  readonly kinds?: readonly NodeKind[] | undefined;
  readonly relTypes?: readonly RelationshipType[] | undefined;
  /** Only what this document establishes: relationships that name it, and their ends. */
  readonly document?: string | undefined;
  /** Documents dated from/to (YYYY, YYYY-MM or YYYY-MM-DD); relationships they state follow. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

// Partial dates compare as strings: "2015" < "2015-07" < "2015-07-23" < "2016".
const IN_DATE_RANGE = (v: string) =>
  `(${v}.date IS NOT NULL AND ($from IS NULL OR ${v}.date >= $from) AND ($to IS NULL OR left(${v}.date, size($to)) <= $to))`;

/** Whether node `v` is of the kinds asked for and, if a document, dated in the range. */
const NODE_KEPT = (v: string) =>
  `($kinds IS NULL OR ${v}.kind IN $kinds)
    AND (${v}.kind <> 'document' OR ($from IS NULL AND $to IS NULL) OR ${IN_DATE_RANGE(v)})`;
/** Whether relationship `r` is of the types asked for and stated by the document (range). */
const RELATIONSHIP_KEPT = (r: string) =>
  `($relTypes IS NULL OR type(${r}) IN $relTypes)
             AND ($document IS NULL OR ${r}.document = $document)
             AND (($from IS NULL AND $to IS NULL) OR ${r}.document IS NULL
                  OR EXISTS { MATCH (d:Node {id: ${r}.document}) WHERE ${IN_DATE_RANGE('d')} })`;

/** How many nodes of the kinds asked for there are, from the count store. */
export const COUNT_NODES = `RETURN ${COUNTS_BY_KIND} AS kinds`;

// One round trip: the nodes that pass the filters, then the relationships between them.
export const FIND_ELEMENTS = `
  MATCH (n:Node)
  WHERE ${NODE_KEPT('n')}
  WITH n ORDER BY n.id
  WITH collect(n) AS nodes, collect(n.id) AS ids
  RETURN [n IN nodes | ${SUMMARY_OF('n')}] AS nodes,
         COLLECT {
           MATCH (a:Node)-[r]->(b:Node)
           WHERE a.id IN ids AND b.id IN ids
             AND ${RELATIONSHIP_KEPT('r')}
           RETURN {id: r.id, type: type(r), source: a.id, target: b.id, basis: r.basis,
                   modality: r.modality} AS edge ORDER BY edge.id
         } AS edges`;

/**
 * How many nodes of each rank come first, nearest the Party centre first, reading at most
 * $cap + 1 of them from the rank index: the ranks that fit whole are those before the last.
 */
export const COUNT_FIRST_RANKS = `
  MATCH (n:Node) WHERE n.rank >= 0 AND ${NODE_KEPT('n')}
  WITH n ORDER BY n.rank LIMIT $cap
  RETURN n.rank AS rank, count(*) AS nodes ORDER BY rank`;

// The nodes within $maxRank hops of authority from the centre, then the relationships between
// them, found from their tails: a node's outgoing relationships are few (what it leads),
// whereas the incoming ones of a busy committee (who must accept its leadership) are many.
export const FIND_ELEMENTS_WITHIN_RANK = `
  MATCH (n:Node) WHERE n.rank <= $maxRank AND ${NODE_KEPT('n')}
  WITH n ORDER BY n.rank, n.id
  WITH collect(n) AS nodes
  RETURN [n IN nodes | ${SUMMARY_OF('n')}] AS nodes,
         COLLECT {
           UNWIND nodes AS a
           MATCH (a)-[r]->(b:Node)
           WHERE b.rank <= $maxRank AND ${NODE_KEPT('b')}
             AND ${RELATIONSHIP_KEPT('r')}
           RETURN {id: r.id, type: type(r), source: a.id, target: b.id, basis: r.basis,
                   modality: r.modality} AS edge ORDER BY edge.id LIMIT $edgeCap
         } AS edges`;

const ElementsRow = z.object({
  nodes: z.array(NodeSummary),
  edges: z.array(RelationshipEnds),
});
type ElementsRow = z.infer<typeof ElementsRow>;
const KindCountsRow = z.object({ kinds: z.array(z.object({ kind: NodeKind, count: z.number() })) });
const RankCountRow = z.object({ rank: z.number().int(), nodes: z.number().int() });

const orNull = <T>(list: readonly T[] | undefined) => (list && list.length > 0 ? list : null);

type FilterParams = ReturnType<typeof filterParams>;
const filterParams = (filter: GraphFilter) => ({
  kinds: orNull(filter.kinds),
  relTypes: orNull(filter.relTypes),
  document: filter.document ?? null,
  from: filter.from ?? null,
  to: filter.to ?? null,
});

/** Nodes of the kinds asked for, in the whole graph. */
const countNodes = async (context: QueryContext, kinds: readonly NodeKind[] | null) => {
  const [row] = await readRows(context, COUNT_NODES, KindCountsRow);
  return (row?.kinds ?? [])
    .filter((k) => kinds === null || kinds.includes(k.kind))
    .reduce((sum, k) => sum + k.count, 0);
};

/**
 * When relationship types, a document or a date range filter the view, nodes left without
 * any relationship are dropped (a filtering document itself stays).
 */
const linkedOnly = (row: ElementsRow, params: FilterParams): NodeSummary[] => {
  const narrowed =
    params.relTypes !== null ||
    params.document !== null ||
    params.from !== null ||
    params.to !== null;
  if (!narrowed) return row.nodes;
  const linked = new Set(row.edges.flatMap((edge) => [edge.source, edge.target]));
  if (params.document) linked.add(params.document);
  return row.nodes.filter((node) => linked.has(node.id));
};

/** The whole view, capped at `limit` elements, nodes first (a view small enough to show). */
const wholeView = async (
  context: QueryContext,
  limit: number,
  params: FilterParams,
): Promise<GraphElements> => {
  const [row] = await readRows(context, FIND_ELEMENTS, ElementsRow, params);
  const all = row ?? { nodes: [], edges: [] };
  const keptNodes = linkedOnly(all, params);
  const nodes = keptNodes.slice(0, limit).map(toNodeElement);
  const shown = new Set(nodes.map((node) => node.data.id));
  const shownEdges = all.edges.filter((edge) => shown.has(edge.source) && shown.has(edge.target));
  const edges = shownEdges.slice(0, limit - nodes.length).map(toEdgeElement);
  return {
    nodes,
    edges,
    truncated: keptNodes.length > nodes.length || shownEdges.length > edges.length,
    cut: null,
  };
};

/**
 * The view cut by rank: the whole ranks nearest the Party centre whose nodes fill at most
 * half the element cap, fewer when their relationships would not fit in the rest.
 */
const viewByRank = async (
  context: QueryContext,
  limit: number,
  params: FilterParams,
  totalNodes: number,
): Promise<GraphElements> => {
  const budget = Math.floor(limit / 2);
  const counts = await readRows(context, COUNT_FIRST_RANKS, RankCountRow, {
    ...params,
    cap: neo4j.int(budget + 1),
  });
  const read = counts.reduce((sum, c) => sum + c.nodes, 0);
  const lastRank = counts.at(-1)?.rank ?? 0;
  // The last rank read was read whole only if fewer than budget + 1 were read.
  let maxRank = read > budget ? lastRank - 1 : lastRank;
  for (;;) {
    const nodesBefore = counts.filter((c) => c.rank <= maxRank).reduce((s, c) => s + c.nodes, 0);
    const room = limit - nodesBefore;
    const [row] = await readRows(context, FIND_ELEMENTS_WITHIN_RANK, ElementsRow, {
      ...params,
      maxRank: neo4j.int(maxRank),
      edgeCap: neo4j.int(room + 1),
    });
    const all = row ?? { nodes: [], edges: [] };
    const firstRank = counts[0]?.rank ?? 0;
    if (all.edges.length > room && maxRank > firstRank) {
      maxRank -= 1;
      continue;
    }
    const nodes = linkedOnly(all, params).map(toNodeElement);
    const edges = all.edges.slice(0, room).map(toEdgeElement);
    return {
      nodes,
      edges,
      truncated: true,
      cut: { rule: 'rank', maxRank, shownNodes: nodes.length, totalNodes },
    };
  }
};

/**
 * Reads the graph, or a filtered view of it, as Cytoscape elements, at most `limit` of them.
 * A view with no more nodes than that comes whole (nodes first, its relationships as far as
 * they fit); a larger one is cut by rank — the whole ranks nearest the Party centre that fit,
 * with the relationships between them — and says so in `cut`.
 */
export const findGraphElements = async (
  context: QueryContext,
  limit: number,
  filter: GraphFilter = {},
): Promise<GraphElements> => {
  const params = filterParams(filter);
  const totalNodes = await countNodes(context, params.kinds);
  return totalNodes <= limit
    ? wholeView(context, limit, params)
    : viewByRank(context, limit, params, totalNodes);
};
