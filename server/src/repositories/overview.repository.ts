import neo4j from 'neo4j-driver';
import { OVERVIEW_ELEMENTS, groupId, type Overview } from '@pag/graph-seed';
import { COUNTED_BELOW } from './cypher-fragments';
import { findGraphElements } from './graph.repository';
import { GroupRow } from './group-row';
import { readRows, type QueryContext } from './read-rows';

/** What lies beyond the cut, counted in groups hanging from the nodes of its last rank. */
export const FIND_GROUPS = `
  MATCH (a:Node {rank: $maxRank})
  CALL (a) {${COUNTED_BELOW('$maxRank')}
  }
  RETURN a.id AS parent, type, direction, kind, count(*) AS count
  ORDER BY parent, type, direction, kind`;

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
