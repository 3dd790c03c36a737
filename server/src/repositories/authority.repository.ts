import neo4j from 'neo4j-driver';
import { PARTY_CENTRE_ID, type ChainsResponse } from '@pag/graph-seed';
import { PATH_MAP, toChainsResponse } from './chain-mapper';
import { ALL_SOURCES } from './evidence-mapper';
import { readRows, type QueryContext } from './neo4j-query';

/** Upper bound of hops in a traced chain; the request's maxDepth may only lower it. */
export const MAX_TRACE_DEPTH = 12;

// A hop goes up when it leaves the lower end of a line of authority: the target of a
// `down` relationship (X LEADS *Y*) or the source of an `up` one (*X* PART_OF Y).
const UP_HOP = `((x:Node)-[r]-(y:Node)
  WHERE (r.authorityDirection = 'down' AND endNode(r) = x)
     OR (r.authorityDirection = 'up' AND startNode(r) = x)){1,12}`;
const DOWN_HOP = `((x:Node)-[r]-(y:Node)
  WHERE (r.authorityDirection = 'down' AND startNode(r) = x)
     OR (r.authorityDirection = 'up' AND endNode(r) = x)){1,12}`;
const SIMPLE = 'all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])';

// One round trip: whether the node exists, the chains, and the sources they cite.
const TRACE_UP = `
  OPTIONAL MATCH (start:Node {id: $id})
  RETURN start.id AS found,
         COLLECT {
           MATCH p = (start) ${UP_HOP} (centre:Node {id: $centre})
           WHERE length(p) <= $maxDepth AND ${SIMPLE}
           WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT $limit
           RETURN ${PATH_MAP}
         } AS paths,
         ${ALL_SOURCES}`;

// Down chains run until nothing further is reached, or until maxDepth.
const TRACE_DOWN = `
  OPTIONAL MATCH (start:Node {id: $id})
  RETURN start.id AS found,
         COLLECT {
           MATCH p = (start) ${DOWN_HOP} (end:Node)
           WHERE length(p) <= $maxDepth AND ${SIMPLE}
             AND (length(p) = $maxDepth OR NOT EXISTS {
               MATCH (end)-[r2]-(:Node)
               WHERE (r2.authorityDirection = 'down' AND startNode(r2) = end)
                  OR (r2.authorityDirection = 'up' AND endNode(r2) = end)
             })
           WITH p ORDER BY length(p), [rel IN relationships(p) | rel.id] LIMIT $limit
           RETURN ${PATH_MAP}
         } AS paths,
         ${ALL_SOURCES}`;

export interface TraceRequest {
  readonly id: string;
  readonly direction: 'up' | 'down';
  readonly maxDepth: number;
  readonly limit: number;
}

/**
 * Every distinct chain of authority from a node up to the Party centre, or down to what it
 * reaches; undefined when the node does not exist.
 */
export const findAuthorityChains = async (
  context: QueryContext,
  { id, direction, maxDepth, limit }: TraceRequest,
): Promise<ChainsResponse | undefined> => {
  const [row] = await readRows(context, direction === 'up' ? TRACE_UP : TRACE_DOWN, {
    id,
    centre: PARTY_CENTRE_ID,
    maxDepth: neo4j.int(Math.min(maxDepth, MAX_TRACE_DEPTH)),
    limit: neo4j.int(limit + 1),
  });
  if (!row?.found) return undefined;
  return toChainsResponse(row.paths ?? null, row.sourceList ?? null, limit);
};
