import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  PATH_COUNT,
  PATH_LENGTH_MAX,
  type Basis,
  type ChainsResponse,
  type PathDirection,
} from '@pag/graph-seed';
import { PathRow, toChainsResponse } from './chain-mapper';
import {
  ALL_SOURCES,
  AUTHORITY_STEP,
  HOP,
  SHORTEST_FIRST,
  SIMPLE,
  TURNS,
  WITHIN_BASES,
} from './cypher-fragments';
import { SourceList, toSourceIndex } from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

/** What a hop may follow in each direction: any relationship, or authority one way. */
const STEP: Readonly<Record<Exclude<PathDirection, 'authority'>, string>> = {
  any: 'true',
  down: AUTHORITY_STEP.down('r', 'x'),
  up: AUTHORITY_STEP.up('r', 'x'),
};

/**
 * The shortest simple paths whose hops meet the condition, up to the longest and the most;
 * with `straight`, only those that turn at most once along the lines of authority.
 */
const shortestSimple = (condition: string, straight = false) =>
  `SHORTEST ${PATH_COUNT.max + 1} (q = (a) ${HOP(condition)}{1,${PATH_LENGTH_MAX}} (b) WHERE ${SIMPLE('q')}${straight ? ` AND ${TURNS('q')} < 2` : ''})`;

/**
 * One round trip: whether both ends exist, the paths, how many of the shortest paths a basis
 * filter left out (only when there is one), and the sources they cite. A path is simple — no
 * node twice — and the condition stands inside the selected path pattern, so Neo4j applies it
 * before choosing the shortest: the answer is the shortest simple paths, not the shortest
 * paths with the detours filtered out afterwards. One more path than the most a request may
 * ask for is sought, so an answer cut short can say so. Cypher takes SHORTEST's count and the
 * quantifier's bound as literals: the limits are written in.
 */
const pathsAlong = (...directions: readonly Exclude<PathDirection, 'authority'>[]) => `
  OPTIONAL MATCH (a:Node {id: $from})
  OPTIONAL MATCH (b:Node {id: $to})
  RETURN a.id AS from, b.id AS to,
         ${directions
           .map(
             (direction) => `COLLECT {
           MATCH p = ${shortestSimple(`(${STEP[direction]}) AND ${WITHIN_BASES('r')}`, direction === 'any')}
           ${SHORTEST_FIRST}
         }`,
           )
           .join(' + ')} AS paths,
         CASE WHEN $bases IS NULL THEN null ELSE ${directions
           .map(
             (direction) => `COUNT {
           MATCH p = ${shortestSimple(STEP[direction], direction === 'any')}
           WHERE any(rel IN relationships(p) WHERE NOT rel.basis IN $bases)
         }`,
           )
           .join(' + ')} END AS removed,
         ${ALL_SOURCES}`;

/** Along the lines of authority, up or down, every hop the same way. */
export const FIND_PATHS_AUTHORITY = pathsAlong('up', 'down');
/** Over any relationship, either way. */
export const FIND_PATHS_ANY = pathsAlong('any');
/** Down the lines of authority from `from`, every hop. */
export const FIND_PATHS_DOWN = pathsAlong('down');
/** Up the lines of authority from `from`, every hop. */
export const FIND_PATHS_UP = pathsAlong('up');

const QUERIES: Readonly<Record<PathDirection, string>> = {
  authority: FIND_PATHS_AUTHORITY,
  any: FIND_PATHS_ANY,
  down: FIND_PATHS_DOWN,
  up: FIND_PATHS_UP,
};

const PathsRow = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  paths: z.array(PathRow),
  removed: z.number().int().nullable(),
  sourceList: SourceList,
});

/** Shortest first, ties in a stable order (by relationship ids), as SHORTEST_FIRST orders. */
const relIds = (path: PathRow) => path.pathRels.map((rel) => rel.id).join(',');
const shortestFirst = (a: PathRow, b: PathRow) =>
  a.pathRels.length - b.pathRels.length || relIds(a).localeCompare(relIds(b));

export interface PathRequest {
  readonly from: string;
  readonly to: string;
  /** Most paths returned, at most PATH_COUNT.max. */
  readonly max: number;
  readonly direction: PathDirection;
  /** Only paths whose every hop rests on one of these kinds of statement; absent, any. */
  readonly basis?: readonly Basis[] | undefined;
}

export type PathsResult = ChainsResponse | { readonly missing: 'from' | 'to' };

/**
 * The shortest and next-shortest simple paths between two nodes: along the lines of
 * authority (up or down, or one way only), or over any relationship without zig-zags, optionally only over claims of the kinds asked for,
 * each hop with its evidence; names the missing end when a node does not exist.
 */
export const findPaths = async (
  context: QueryContext,
  { from, to, max, direction, basis }: PathRequest,
): Promise<PathsResult> => {
  const limit = Math.min(max, PATH_COUNT.max);
  const bases = basis && basis.length > 0 ? basis : null;
  const [row] = await readRows(context, QUERIES[direction], PathsRow, {
    from,
    to,
    limit: neo4j.int(limit + 1),
    bases,
  });
  if (!row?.from) return { missing: 'from' };
  if (!row.to) return { missing: 'to' };
  const filter = bases ? { basis: [...bases], removed: Math.min(row.removed ?? 0, limit) } : null;
  // Up and down paths come in two lists: shortest first across both, ties by relationship ids.
  const found = direction === 'authority' ? [...row.paths].sort(shortestFirst) : row.paths;
  return toChainsResponse(found, toSourceIndex(row.sourceList), limit, filter);
};
