import neo4j from 'neo4j-driver';
import {
  isAuthority,
  type GraphElements,
  type NodeKind,
  type RelationshipType,
} from '@pag/graph-seed';
import type { QueryContext } from './neo4j-query';
import { readRows } from './neo4j-query';

const FIND_NODES = `
  MATCH (n:Node)
  RETURN n.id AS id, n.kind AS kind, n.name AS name, n.nameZh AS nameZh
  ORDER BY n.id
  LIMIT $limit`;

const FIND_EDGES_BETWEEN = `
  MATCH (a:Node)-[r]->(b:Node)
  WHERE a.id IN $ids AND b.id IN $ids
  RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target
  ORDER BY r.id
  LIMIT $limit`;

/**
 * Reads the graph as Cytoscape elements, at most `limit` elements in all: nodes first, then
 * the relationships between the nodes returned.
 */
export const findGraphElements = async (
  context: QueryContext,
  limit: number,
): Promise<GraphElements> => {
  const nodeRows = await readRows(context, FIND_NODES, { limit: neo4j.int(limit + 1) });
  const nodes = nodeRows.slice(0, limit).map((row) => ({
    data: {
      id: String(row.id),
      kind: row.kind as NodeKind,
      label: String(row.name),
      labelZh: typeof row.nameZh === 'string' ? row.nameZh : null,
    },
  }));
  const edgeBudget = limit - nodes.length;
  const edgeRows = await readRows(context, FIND_EDGES_BETWEEN, {
    ids: nodes.map((node) => node.data.id),
    limit: neo4j.int(edgeBudget + 1),
  });
  const edges = edgeRows.slice(0, edgeBudget).map((row) => ({
    data: {
      id: String(row.id),
      source: String(row.source),
      target: String(row.target),
      type: row.type as RelationshipType,
      authority: isAuthority(row.type as RelationshipType),
    },
  }));
  return { nodes, edges, truncated: nodeRows.length > limit || edgeRows.length > edgeBudget };
};
