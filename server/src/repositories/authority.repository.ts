import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  PARTY_CENTRE_ID,
  TRACE_DEPTH,
  type ChainsResponse,
  type TraceDirection,
} from '@pag/graph-seed';
import { PathRow, toChainsResponse } from './chain-mapper';
import { ALL_SOURCES, AUTHORITY_HOP, SHORTEST_FIRST, SIMPLE } from './cypher-fragments';
import { SourceList, toSourceIndex } from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

// Cypher takes a quantifier's bound as a literal, so the limit is written into the query.
const UP_HOPS = `${AUTHORITY_HOP.up}{1,${TRACE_DEPTH.max}}`;
const DOWN_HOPS = `${AUTHORITY_HOP.down}{1,${TRACE_DEPTH.max}}`;

// One round trip: whether the node exists, the chains, and the sources they cite.
export const TRACE_UP = `
  OPTIONAL MATCH (start:Node {id: $id})
  RETURN start.id AS found,
         COLLECT {
           MATCH p = (start) ${UP_HOPS} (centre:Node {id: $centre})
           WHERE length(p) <= $maxDepth AND ${SIMPLE('p')}
           ${SHORTEST_FIRST}
         } AS paths,
         ${ALL_SOURCES}`;

// Down chains run until nothing further is reached, or until maxDepth.
export const TRACE_DOWN = `
  OPTIONAL MATCH (start:Node {id: $id})
  RETURN start.id AS found,
         COLLECT {
           MATCH p = (start) ${DOWN_HOPS} (end:Node)
           WHERE length(p) <= $maxDepth AND ${SIMPLE('p')}
             AND (length(p) = $maxDepth OR NOT EXISTS {
               MATCH (end)-[r2]-(:Node)
               WHERE (r2.authorityDirection = 'down' AND startNode(r2) = end)
                  OR (r2.authorityDirection = 'up' AND endNode(r2) = end)
             })
           ${SHORTEST_FIRST}
         } AS paths,
         ${ALL_SOURCES}`;

const TraceRow = z.object({
  found: z.string().nullable(),
  paths: z.array(PathRow),
  sourceList: SourceList,
});

export interface TraceRequest {
  readonly id: string;
  readonly direction: TraceDirection;
  /** Most hops per chain, at most TRACE_DEPTH.max. */
  readonly maxDepth: number;
  /** Most chains returned. */
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
  const [row] = await readRows(context, direction === 'up' ? TRACE_UP : TRACE_DOWN, TraceRow, {
    id,
    centre: PARTY_CENTRE_ID,
    maxDepth: neo4j.int(Math.min(maxDepth, TRACE_DEPTH.max)),
    limit: neo4j.int(limit + 1),
  });
  if (!row?.found) return undefined;
  return toChainsResponse(row.paths, toSourceIndex(row.sourceList), limit);
};
