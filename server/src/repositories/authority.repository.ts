import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  PARTY_CENTRE_ID,
  TRACE_DEPTH,
  type Basis,
  type ChainsResponse,
  type TraceDirection,
} from '@pag/graph-seed';
import { PathRow, toChainsResponse } from './chain-mapper';
import {
  ALL_SOURCES,
  AUTHORITY_STEP,
  HOP,
  SHORTEST_FIRST,
  SIMPLE,
  WITHIN_BASES,
} from './cypher-fragments';
import { SourceList, toSourceIndex } from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

// Cypher takes a quantifier's bound as a literal, so the limit is written into the query.
const hops = (condition: string) => `${HOP(condition)}{1,${TRACE_DEPTH.max}}`;

/** Hops one way along lines of authority, each on an allowed basis — or, unfiltered, any. */
const ALLOWED = (direction: TraceDirection) =>
  hops(`(${AUTHORITY_STEP[direction]('r', 'x')}) AND ${WITHIN_BASES('r')}`);
const ANY = (direction: TraceDirection) => hops(AUTHORITY_STEP[direction]('r', 'x'));

/** A chain with a hop outside the allowed bases: what the filter leaves out. */
const OUTSIDE_BASES = 'any(rel IN relationships(p) WHERE NOT rel.basis IN $bases)';

// Down chains run until nothing further is reached, or until maxDepth.
const ENDS_DOWN = (filtered: boolean) => `(length(p) = $maxDepth OR NOT EXISTS {
               MATCH (end)-[r2]-(:Node)
               WHERE (${AUTHORITY_STEP.down('r2', 'end')})${filtered ? ` AND ${WITHIN_BASES('r2')}` : ''}
             })`;

// One round trip: whether the node exists, the chains, how many chains the basis filter left
// out (only when there is one; counted up to the limit, as the chains are), and the sources
// they cite.
export const TRACE_UP = `
  OPTIONAL MATCH (start:Node {id: $id})
  RETURN start.id AS found,
         COLLECT {
           MATCH p = (start) ${ALLOWED('up')} (centre:Node {id: $centre})
           WHERE length(p) <= $maxDepth AND ${SIMPLE('p')}
           ${SHORTEST_FIRST}
         } AS paths,
         CASE WHEN $bases IS NULL THEN null ELSE COUNT {
           MATCH p = (start) ${ANY('up')} (centre:Node {id: $centre})
           WHERE length(p) <= $maxDepth AND ${SIMPLE('p')} AND ${OUTSIDE_BASES}
           RETURN p LIMIT $limit
         } END AS removed,
         ${ALL_SOURCES}`;

export const TRACE_DOWN = `
  OPTIONAL MATCH (start:Node {id: $id})
  RETURN start.id AS found,
         COLLECT {
           MATCH p = (start) ${ALLOWED('down')} (end:Node)
           WHERE length(p) <= $maxDepth AND ${SIMPLE('p')}
             AND ${ENDS_DOWN(true)}
           ${SHORTEST_FIRST}
         } AS paths,
         CASE WHEN $bases IS NULL THEN null ELSE COUNT {
           MATCH p = (start) ${ANY('down')} (end:Node)
           WHERE length(p) <= $maxDepth AND ${SIMPLE('p')} AND ${OUTSIDE_BASES}
             AND ${ENDS_DOWN(false)}
           RETURN p LIMIT $limit
         } END AS removed,
         ${ALL_SOURCES}`;

const TraceRow = z.object({
  found: z.string().nullable(),
  paths: z.array(PathRow),
  removed: z.number().int().nullable(),
  sourceList: SourceList,
});

export interface TraceRequest {
  readonly id: string;
  readonly direction: TraceDirection;
  /** Most hops per chain, at most TRACE_DEPTH.max. */
  readonly maxDepth: number;
  /** Most chains returned. */
  readonly limit: number;
  /** Only chains whose every hop rests on one of these kinds of statement; absent, any. */
  readonly basis?: readonly Basis[] | undefined;
}

/**
 * Every distinct chain of authority from a node up to the Party centre, or down to what it
 * reaches, optionally only over claims of the kinds asked for; undefined when the node does
 * not exist.
 */
export const findAuthorityChains = async (
  context: QueryContext,
  { id, direction, maxDepth, limit, basis }: TraceRequest,
): Promise<ChainsResponse | undefined> => {
  const bases = basis && basis.length > 0 ? basis : null;
  const [row] = await readRows(context, direction === 'up' ? TRACE_UP : TRACE_DOWN, TraceRow, {
    id,
    centre: PARTY_CENTRE_ID,
    maxDepth: neo4j.int(Math.min(maxDepth, TRACE_DEPTH.max)),
    limit: neo4j.int(limit + 1),
    bases,
  });
  if (!row?.found) return undefined;
  const filter = bases ? { basis: [...bases], removed: Math.min(row.removed ?? 0, limit) } : null;
  return toChainsResponse(row.paths, toSourceIndex(row.sourceList), limit, filter);
};
