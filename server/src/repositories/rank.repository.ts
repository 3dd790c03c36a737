import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { PARTY_CENTRE_ID } from '@pag/graph-seed';
import { DOWN_TYPES, UP_TYPES } from './cypher-fragments';
import type { Database } from './database';
import { classifyDatabaseError } from './database-errors';

// A node's rank is how many hops of authority separate it from the Party centre, going down:
// the centre is 0, what it leads (or what must accept its leadership, or what it issued) 1,
// and so on; a node no line of authority reaches from the centre has none. The large-graph
// reads cut and group by it (`n.rank`, indexed), so it is stored by the loaders rather than
// worked out at every request.

/** The nodes one hop below `n` along a line of authority, as `below`. */
const ONE_HOP_BELOW = (n: string) => `
  CALL (${n}) {
    MATCH (${n})-[:${DOWN_TYPES}]->(below:Node) RETURN below
    UNION
    MATCH (${n})<-[:${UP_TYPES}]-(below:Node) RETURN below
  }`;

export const RANK_CENTRE = 'MATCH (c:Node {id: $centre}) SET c.rank = 0';
export const CLEAR_CURATED_RANKS =
  'MATCH (n:Node) WHERE n.rank IS NOT NULL AND NOT n:Synthetic REMOVE n.rank';
/** One breadth-first step among the curated nodes, inside the curated load's transaction. */
export const RANK_NEXT_CURATED = `
  MATCH (n:Node {rank: $rank}) WHERE NOT n:Synthetic
  ${ONE_HOP_BELOW('n')}
  WITH DISTINCT below WHERE below.rank IS NULL AND NOT below:Synthetic
  SET below.rank = $rank + 1
  RETURN count(below) AS ranked`;
/**
 * One breadth-first step into the synthetic nodes not ranked yet, in bounded transactions.
 * Synthetic records only hang below the curated graph, so they never shorten a curated rank.
 */
export const RANK_NEXT_SYNTHETIC = `
  MATCH (n:Node {rank: $rank})
  ${ONE_HOP_BELOW('n')}
  WITH DISTINCT below WHERE below.rank IS NULL AND below:Synthetic
  CALL (below) { SET below.rank = $rank + 1 } IN TRANSACTIONS OF 20000 ROWS
  RETURN count(*) AS ranked`;

/** More hops than any chain of authority the data could hold. */
const RANK_MAX = 64;

/** Something that runs one query and returns its first row's `ranked`. */
type RunRanking = (cypher: string, parameters: Record<string, unknown>) => Promise<number>;

/** Steps down from the ranks already set until a step ranks nothing more. */
const rankDownward = async (run: RunRanking, cypher: string) => {
  for (let rank = 0; rank < RANK_MAX; rank++) {
    if ((await run(cypher, { rank: neo4j.int(rank) })) === 0) return;
  }
};

const rankedOf = (records: { get: (key: string) => unknown }[]) =>
  Number(records[0]?.get('ranked') ?? 0);

/** Ranks the curated nodes afresh, within the curated load's transaction. */
export const rankCuratedNodes = async (tx: ManagedTransaction): Promise<void> => {
  await tx.run(CLEAR_CURATED_RANKS);
  await tx.run(RANK_CENTRE, { centre: PARTY_CENTRE_ID });
  await rankDownward(
    async (cypher, parameters) => rankedOf((await tx.run(cypher, parameters)).records),
    RANK_NEXT_CURATED,
  );
};

/** Ranks the synthetic nodes not ranked yet, after they are written. */
export const rankSyntheticNodes = async (database: Database): Promise<void> => {
  const session = database.session('WRITE');
  try {
    // CALL … IN TRANSACTIONS runs only in an implicit transaction.
    await rankDownward(
      async (cypher, parameters) => rankedOf((await session.run(cypher, parameters)).records),
      RANK_NEXT_SYNTHETIC,
    );
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
};
