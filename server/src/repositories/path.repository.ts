import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { PATH_COUNT, PATH_LENGTH_MAX, type ChainsResponse } from '@pag/graph-seed';
import { PathRow, toChainsResponse } from './chain-mapper';
import { ALL_SOURCES, SHORTEST_FIRST } from './cypher-fragments';
import { SourceList, toSourceIndex } from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

// One round trip: whether both ends exist, the paths, and the sources they cite. Cypher
// takes SHORTEST's count and the quantifier's bound as literals, so the limits are written in.
export const FIND_PATHS = `
  OPTIONAL MATCH (a:Node {id: $from})
  OPTIONAL MATCH (b:Node {id: $to})
  RETURN a.id AS from, b.id AS to,
         COLLECT {
           MATCH p = SHORTEST ${PATH_COUNT.max} (a)-[]-{1,${PATH_LENGTH_MAX}}(b)
           WHERE a <> b
           ${SHORTEST_FIRST}
         } AS paths,
         ${ALL_SOURCES}`;

const PathsRow = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  paths: z.array(PathRow),
  sourceList: SourceList,
});

export type PathsResult = ChainsResponse | { readonly missing: 'from' | 'to' };

/**
 * The shortest and next-shortest paths between two nodes over any relationships, each hop
 * with its evidence; names the missing end when a node does not exist.
 */
export const findPaths = async (
  context: QueryContext,
  from: string,
  to: string,
  max: number,
): Promise<PathsResult> => {
  const limit = Math.min(max, PATH_COUNT.max);
  const [row] = await readRows(context, FIND_PATHS, PathsRow, {
    from,
    to,
    limit: neo4j.int(limit + 1),
  });
  if (!row?.from) return { missing: 'from' };
  if (!row.to) return { missing: 'to' };
  return toChainsResponse(row.paths, toSourceIndex(row.sourceList), limit);
};
