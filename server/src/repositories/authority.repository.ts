import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  PARTY_CENTRE_ID,
  NodeSummary,
  TRACE_DEPTH,
  type Basis,
  type ChainsResponse,
  type TraceDirection,
} from '@pag/graph-seed';
import { PathRow, toChainsResponse } from './chain-mapper';
import { chainsUp, type UpwardSubgraph } from './chains-up';
import {
  ALL_SOURCES,
  AUTHORITY_STEP,
  DOWN_TYPES,
  HOP,
  SHORTEST_FIRST,
  REL_MAP,
  SIMPLE,
  SUMMARY_OF,
  UP_TYPES,
  WITHIN_BASES,
} from './cypher-fragments';
import { SourceList, toSourceIndex } from './evidence-mapper';
import { readInTransaction, readRows, type QueryContext, type ReadQuery } from './read-rows';

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
// Whether the node exists, and the sources every citation needs.
export const FIND_TRACE_START = `
  OPTIONAL MATCH (start:Node {id: $id})
  RETURN CASE WHEN start IS NULL THEN null ELSE ${SUMMARY_OF('start')} END AS start, ${ALL_SOURCES}`;

// One level of the walk up: the lines of authority leading up from each node of the frontier
// (against a \`down\` relationship, along an \`up\` one), each read by its type and direction, so
// a node with tens of thousands of relationships below it costs only the few above it. The
// chains are then found in what the walk reached (chainsUp): matching paths over the whole
// graph instead would read every relationship of each node passed, below it too.
export const FIND_LEVEL_UP = `
  UNWIND $frontier AS id
  MATCH (x:Node {id: id})
  CALL (x) {
    MATCH (x)<-[r:${DOWN_TYPES}]-(y:Node) RETURN r, y
    UNION ALL
    MATCH (x)-[r:${UP_TYPES}]->(y:Node) RETURN r, y
  }
  RETURN ${REL_MAP('r')} AS rel, ${SUMMARY_OF('y')} AS above`;

const StartRow = z.object({ start: NodeSummary.nullable(), sourceList: SourceList });
const LevelRow = z.object({ rel: PathRow.shape.pathRels.element, above: NodeSummary });

/**
 * What lies above a node within `maxDepth` levels: every node reached going up and every line
 * of authority leading up from one, a level a query of one transaction (a query a level keeps
 * each small, for Neo4j to plan at once). Nothing is read above the centre, where every chain
 * ends.
 */
const walkUp = async (
  read: ReadQuery,
  start: NodeSummary,
  maxDepth: number,
): Promise<UpwardSubgraph> => {
  const nodes = new Map([[start.id, start]]);
  const rels: z.infer<typeof LevelRow>['rel'][] = [];
  const seen = new Set([start.id]);
  let frontier = start.id === PARTY_CENTRE_ID ? [] : [start.id];
  for (let level = 1; level <= maxDepth && frontier.length > 0; level += 1) {
    const rows = await read(FIND_LEVEL_UP, LevelRow, { frontier });
    const next: string[] = [];
    for (const { rel, above } of rows) {
      rels.push(rel);
      nodes.set(above.id, above);
      if (!seen.has(above.id)) {
        seen.add(above.id);
        if (above.id !== PARTY_CENTRE_ID) next.push(above.id);
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], rels };
};

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
  const depth = Math.min(maxDepth, TRACE_DEPTH.max);
  const filter = (removed: number | null) =>
    bases ? { basis: [...bases], removed: Math.min(removed ?? 0, limit) } : null;
  if (direction === 'up') {
    // One transaction: the walk sees one state of the graph, within one timeout.
    const found = await readInTransaction(context, async (read) => {
      const [row] = await read(FIND_TRACE_START, StartRow, { id });
      if (!row?.start) return undefined;
      return { sources: row.sourceList, above: await walkUp(read, row.start, depth) };
    });
    if (!found) return undefined;
    const { paths, removed } = chainsUp(found.above, {
      start: id,
      centre: PARTY_CENTRE_ID,
      maxDepth: depth,
      limit,
      bases,
    });
    return toChainsResponse(paths, toSourceIndex(found.sources), limit, filter(removed));
  }
  const [row] = await readRows(context, TRACE_DOWN, TraceRow, {
    id,
    maxDepth: neo4j.int(depth),
    limit: neo4j.int(limit + 1),
    bases,
  });
  if (!row?.found) return undefined;
  return toChainsResponse(row.paths, toSourceIndex(row.sourceList), limit, filter(row.removed));
};
