import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  NodeKind,
  OVERVIEW_ELEMENTS,
  RelationshipDirection,
  RelationshipType,
  groupId,
  type NodeGroups,
  type Overview,
} from '@pag/graph-seed';
import { DOWN_TYPES, UP_TYPES } from './cypher-fragments';
import { findGraphElements } from './graph.repository';
import { readRows, type QueryContext } from './read-rows';

/**
 * What hangs from `a` and is ranked beyond `beyond`, counted by type, direction and kind: a
 * node's authority relationships reach at most one rank further, so these are the nodes one
 * hop below it that no shorter line reaches.
 */
const COUNTED_BELOW = (beyond: string) => `
    MATCH (a)-[r:${DOWN_TYPES}]->(m:Node) WHERE m.rank > ${beyond}
    RETURN type(r) AS type, 'out' AS direction, m.kind AS kind
    UNION ALL
    MATCH (a)<-[r:${UP_TYPES}]-(m:Node) WHERE m.rank > ${beyond}
    RETURN type(r) AS type, 'in' AS direction, m.kind AS kind`;

/** What lies beyond the cut, counted in groups hanging from the nodes of its last rank. */
export const FIND_GROUPS = `
  MATCH (a:Node {rank: $maxRank})
  CALL (a) {${COUNTED_BELOW('$maxRank')}
  }
  RETURN a.id AS parent, type, direction, kind, count(*) AS count
  ORDER BY parent, type, direction, kind`;

/**
 * What lies below one node, counted in groups; one row with no type when the node exists and
 * nothing lies below it, no row when there is no such node.
 */
export const FIND_GROUPS_BELOW_NODE = `
  MATCH (a:Node {id: $id})
  OPTIONAL CALL (a) {${COUNTED_BELOW('a.rank')}
  }
  RETURN a.id AS parent, type, direction, kind, count(type) AS count
  ORDER BY type, direction, kind`;

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

const NodeGroupRow = z.union([
  GroupRow,
  z.object({ parent: z.string(), type: z.null(), count: z.literal(0) }),
]);

/** What lies below a node, in groups of one kind, type and direction; undefined for no node. */
export const findNodeGroups = async (
  context: QueryContext,
  id: string,
): Promise<NodeGroups | undefined> => {
  const rows = await readRows(context, FIND_GROUPS_BELOW_NODE, NodeGroupRow, { id });
  if (rows.length === 0) return undefined;
  const groups = rows.flatMap((row) => (row.type === null ? [] : [{ id: groupId(row), ...row }]));
  return { id, groups };
};
