import { z } from 'zod';
import {
  NodeSummary,
  type RelationshipType,
  type GraphElements,
  type NodeKind,
} from '@pag/graph-seed';
import { SUMMARY_OF } from './cypher-fragments';
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

// One round trip: the nodes that pass the filters, then the relationships between them.
export const FIND_ELEMENTS = `
  MATCH (n:Node)
  WHERE ($kinds IS NULL OR n.kind IN $kinds)
    AND (n.kind <> 'document' OR ($from IS NULL AND $to IS NULL) OR ${IN_DATE_RANGE('n')})
  WITH n ORDER BY n.id
  WITH collect(n) AS nodes, collect(n.id) AS ids
  RETURN [n IN nodes | ${SUMMARY_OF('n')}] AS nodes,
         COLLECT {
           MATCH (a:Node)-[r]->(b:Node)
           WHERE a.id IN ids AND b.id IN ids
             AND ($relTypes IS NULL OR type(r) IN $relTypes)
             AND ($document IS NULL OR r.document = $document)
             AND (($from IS NULL AND $to IS NULL) OR r.document IS NULL
                  OR EXISTS { MATCH (d:Node {id: r.document}) WHERE ${IN_DATE_RANGE('d')} })
           RETURN {id: r.id, type: type(r), source: a.id, target: b.id, basis: r.basis,
                   modality: r.modality} AS edge ORDER BY edge.id
         } AS edges`;

const ElementsRow = z.object({
  nodes: z.array(NodeSummary),
  edges: z.array(RelationshipEnds),
});

const orNull = <T>(list: readonly T[] | undefined) => (list && list.length > 0 ? list : null);

/**
 * Reads the graph, or a filtered view of it, as Cytoscape elements: at most `limit` elements
 * in all, nodes first. When relationship types, a document or a date range filter the view,
 * nodes left without any relationship are dropped (a filtering document itself stays).
 */
export const findGraphElements = async (
  context: QueryContext,
  limit: number,
  filter: GraphFilter = {},
): Promise<GraphElements> => {
  const params = {
    kinds: orNull(filter.kinds),
    relTypes: orNull(filter.relTypes),
    document: filter.document ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
  const [row] = await readRows(context, FIND_ELEMENTS, ElementsRow, params);
  const { nodes: allNodes, edges: allEdges } = row ?? { nodes: [], edges: [] };
  const narrowed =
    params.relTypes !== null ||
    params.document !== null ||
    params.from !== null ||
    params.to !== null;
  const linked = new Set(allEdges.flatMap((edge) => [edge.source, edge.target]));
  if (params.document) linked.add(params.document);
  const keptNodes = narrowed ? allNodes.filter((node) => linked.has(node.id)) : allNodes;

  const nodes = keptNodes.slice(0, limit).map(toNodeElement);
  const shown = new Set(nodes.map((node) => node.data.id));
  const shownEdges = allEdges.filter((edge) => shown.has(edge.source) && shown.has(edge.target));
  const edges = shownEdges.slice(0, limit - nodes.length).map(toEdgeElement);
  return {
    nodes,
    edges,
    truncated: keptNodes.length > nodes.length || shownEdges.length > edges.length,
  };
};
