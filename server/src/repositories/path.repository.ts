import neo4j from 'neo4j-driver';
import type { ChainsResponse } from '@pag/graph-seed';
import { PATH_MAP, toChainsResponse } from './chain-mapper';
import { ALL_SOURCES } from './evidence-mapper';
import { readRows, type QueryContext } from './neo4j-query';

/** The most paths a request may ask for (Cypher's SHORTEST k takes a literal). */
export const MAX_PATHS = 10;
/** The longest path searched for, in hops. */
export const MAX_PATH_LENGTH = 6;

// One round trip: whether both ends exist, the paths, and the sources they cite.
const FIND_PATHS = `
  OPTIONAL MATCH (a:Node {id: $from})
  OPTIONAL MATCH (b:Node {id: $to})
  RETURN a.id AS from, b.id AS to,
         COLLECT {
           MATCH p = SHORTEST 10 (a)-[]-{1,6}(b)
           WHERE a <> b
           WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT $limit
           RETURN ${PATH_MAP}
         } AS paths,
         ${ALL_SOURCES}`;

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
  const limit = Math.min(max, MAX_PATHS);
  const [row] = await readRows(context, FIND_PATHS, { from, to, limit: neo4j.int(limit + 1) });
  if (!row?.from) return { missing: 'from' };
  if (!row.to) return { missing: 'to' };
  return toChainsResponse(row.paths ?? null, row.sourceList ?? null, limit);
};
