import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  PATH_COUNT,
  PATH_LENGTH_MAX,
  type ChainsResponse,
  type PathDirection,
} from '@pag/graph-seed';
import { PathRow, toChainsResponse } from './chain-mapper';
import { ALL_SOURCES, AUTHORITY_HOP, SHORTEST_FIRST, SIMPLE } from './cypher-fragments';
import { SourceList, toSourceIndex } from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

/**
 * One round trip: whether both ends exist, the paths, and the sources they cite. A path is
 * simple — no node twice — and the condition stands inside the selected path pattern, so
 * Neo4j applies it before choosing the shortest: the answer is the shortest simple paths,
 * not the shortest paths with the detours filtered out afterwards. One more path than the
 * most a request may ask for is sought, so an answer cut short can say so. Cypher takes
 * SHORTEST's count and the quantifier's bound as literals: the limits are written in.
 */
const pathsAlong = (hops: string) => `
  OPTIONAL MATCH (a:Node {id: $from})
  OPTIONAL MATCH (b:Node {id: $to})
  RETURN a.id AS from, b.id AS to,
         COLLECT {
           MATCH p = SHORTEST ${PATH_COUNT.max + 1} (q = (a) ${hops} (b) WHERE ${SIMPLE('q')})
           ${SHORTEST_FIRST}
         } AS paths,
         ${ALL_SOURCES}`;

/** Over any relationship, either way. */
export const FIND_PATHS_ANY = pathsAlong(`(()-[]-()){1,${PATH_LENGTH_MAX}}`);
/** Down the lines of authority from `from`, every hop. */
export const FIND_PATHS_DOWN = pathsAlong(`${AUTHORITY_HOP.down}{1,${PATH_LENGTH_MAX}}`);
/** Up the lines of authority from `from`, every hop. */
export const FIND_PATHS_UP = pathsAlong(`${AUTHORITY_HOP.up}{1,${PATH_LENGTH_MAX}}`);

const QUERIES: Readonly<Record<PathDirection, string>> = {
  any: FIND_PATHS_ANY,
  down: FIND_PATHS_DOWN,
  up: FIND_PATHS_UP,
};

const PathsRow = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  paths: z.array(PathRow),
  sourceList: SourceList,
});

export interface PathRequest {
  readonly from: string;
  readonly to: string;
  /** Most paths returned, at most PATH_COUNT.max. */
  readonly max: number;
  readonly direction: PathDirection;
}

export type PathsResult = ChainsResponse | { readonly missing: 'from' | 'to' };

/**
 * The shortest and next-shortest simple paths between two nodes, over any relationship or
 * along the lines of authority one way, each hop with its evidence; names the missing end
 * when a node does not exist.
 */
export const findPaths = async (
  context: QueryContext,
  { from, to, max, direction }: PathRequest,
): Promise<PathsResult> => {
  const limit = Math.min(max, PATH_COUNT.max);
  const [row] = await readRows(context, QUERIES[direction], PathsRow, {
    from,
    to,
    limit: neo4j.int(limit + 1),
  });
  if (!row?.from) return { missing: 'from' };
  if (!row.to) return { missing: 'to' };
  return toChainsResponse(row.paths, toSourceIndex(row.sourceList), limit);
};
