import { z } from 'zod';
import { groupId, type NodeGroups } from '@pag/graph-seed';
import { COUNTED_BELOW } from './cypher-fragments';
import { GroupRow } from './group-row';
import { readRows, type QueryContext } from './read-rows';

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
