import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  NodeKind,
  OVERVIEW_ELEMENTS,
  RelationshipDirection,
  RelationshipType,
  groupId,
  type Overview,
} from '@pag/graph-seed';
import { DOWN_TYPES, UP_TYPES } from './cypher-fragments';
import { findGraphElements } from './graph.repository';
import { readRows, type QueryContext } from './read-rows';

// What lies beyond the cut hangs from the nodes of its last rank: a node's authority
// relationships reach at most one rank further. Those of one kind, one type and one direction
// are counted together.
export const FIND_GROUPS = `
  MATCH (a:Node {rank: $maxRank})
  CALL (a) {
    MATCH (a)-[r:${DOWN_TYPES}]->(m:Node) WHERE m.rank > $maxRank
    RETURN type(r) AS type, 'out' AS direction, m.kind AS kind
    UNION ALL
    MATCH (a)<-[r:${UP_TYPES}]-(m:Node) WHERE m.rank > $maxRank
    RETURN type(r) AS type, 'in' AS direction, m.kind AS kind
  }
  RETURN a.id AS parent, type, direction, kind, count(*) AS count
  ORDER BY parent, type, direction, kind`;

const GroupRow = z.object({
  parent: z.string(),
  type: RelationshipType,
  direction: RelationshipDirection,
  kind: NodeKind,
  count: z.number().int(),
});

/**
 * The overview: the graph whole when it is small; otherwise the ranks nearest the Party
 * centre that fit in OVERVIEW_ELEMENTS, and what lies below them counted in groups.
 */
export const findOverview = async (context: QueryContext): Promise<Overview> => {
  const view = await findGraphElements(context, OVERVIEW_ELEMENTS);
  if (!view.cut) return { ...view, groups: [] };
  const rows = await readRows(context, FIND_GROUPS, GroupRow, {
    maxRank: neo4j.int(view.cut.maxRank),
  });
  return { ...view, groups: rows.map((row) => ({ id: groupId(row), ...row })) };
};
