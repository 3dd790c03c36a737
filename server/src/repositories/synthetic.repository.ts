import { z } from 'zod';
import type { SeedGraph, Source } from '@pag/graph-seed';
import type { Database } from './database';
import { classifyDatabaseError } from './database-errors';
import { readRows } from './read-rows';
import { toSeedRows } from './seed-rows';
import { GRAPH_META_ID, SCHEMA } from './seed.repository';

// The synthetic scale-test graph (`pnpm graph synth`) lives beside the curated one: every
// node and source of it also carries the label Synthetic, every relationship `synthetic:
// true`, so the curated loader leaves it alone and one command removes it.

export const WRITE_SYNTHETIC_SOURCE = `
  MERGE (s:Source {id: $id})
  SET s = $props, s.synthetic = true, s:Synthetic`;
export const CREATE_SYNTHETIC_NODES = `
  UNWIND $rows AS row
  CREATE (n:Node:Synthetic)
  SET n = row.props, n.synthetic = true
  SET n:$(row.label)`;
export const CREATE_SYNTHETIC_RELATIONSHIPS = `
  UNWIND $rows AS row
  MATCH (a:Node {id: row.source}), (b:Node {id: row.target})
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props, r.synthetic = true`;
// Relationships first (those between synthetic nodes and the curated centre too), then nodes,
// each in transactions of bounded size.
export const REMOVE_SYNTHETIC_RELATIONSHIPS = `
  MATCH (:Node:Synthetic)-[r]-()
  CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS`;
export const REMOVE_SYNTHETIC_NODES = `
  MATCH (n:Synthetic)
  CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS`;
/**
 * What synthetic data is loaded, on the graph's meta node: part of the data's stamp, so that
 * cached answers and ETags change when it does (data-stamp.repository).
 */
export const MARK_SYNTHETIC = 'MATCH (m:GraphMeta {id: $id}) SET m.synthetic = $mark';
export const COUNT_SYNTHETIC = 'RETURN COUNT { MATCH (n:Node:Synthetic) } AS nodes';
/**
 * A full-text index keeps the statistics of what was removed from it (and so ranks by them)
 * until it is rebuilt: after the synthetic graph goes, the text indexes are built afresh from
 * what remains (SCHEMA creates them again), so search ranks as it did before.
 */
export const DROP_TEXT_INDEXES = [
  'DROP INDEX node_text IF EXISTS',
  'DROP INDEX relationship_text IF EXISTS',
];

/** Writes the source every synthetic record cites. */
export const writeSyntheticSource = async (database: Database, source: Source): Promise<void> => {
  const session = database.session('WRITE');
  try {
    const { id, ...props } = source;
    await session.executeWrite((tx) =>
      tx.run(WRITE_SYNTHETIC_SOURCE, { id, props: { id, ...props } }),
    );
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
};

/**
 * Writes a batch of synthetic records in one transaction, stored as the curated ones are
 * (names, kinds, evidence, the texts search reads), nodes before relationships.
 */
export const createSyntheticBatch = async (
  database: Database,
  batch: Pick<SeedGraph, 'nodes' | 'relationships'>,
): Promise<void> => {
  const rows = toSeedRows({ ...batch, sources: [], unconnected: [], texts: new Map() });
  const session = database.session('WRITE');
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(CREATE_SYNTHETIC_NODES, { rows: rows.nodes });
      await tx.run(CREATE_SYNTHETIC_RELATIONSHIPS, { rows: rows.relationships });
    });
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
};

/**
 * Removes every synthetic record, in transactions of bounded size, and rebuilds the text
 * indexes from what remains: the curated graph, and its search, are as they were.
 */
export const removeSyntheticGraph = async (database: Database): Promise<void> => {
  const session = database.session('WRITE');
  try {
    // CALL … IN TRANSACTIONS runs only in an implicit transaction.
    await session.run(REMOVE_SYNTHETIC_RELATIONSHIPS);
    await session.run(REMOVE_SYNTHETIC_NODES);
    for (const statement of [...DROP_TEXT_INDEXES, ...SCHEMA]) {
      await session.executeWrite((tx) => tx.run(statement));
    }
    await session.executeWrite((tx) => tx.run(MARK_SYNTHETIC, { id: GRAPH_META_ID, mark: null }));
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
};

/** Says what synthetic data is loaded (or loading), so that cached answers change with it. */
export const markSyntheticGraph = async (database: Database, mark: string): Promise<void> => {
  const session = database.session('WRITE');
  try {
    await session.executeWrite((tx) => tx.run(MARK_SYNTHETIC, { id: GRAPH_META_ID, mark }));
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
};

/** How many synthetic nodes are loaded. */
export const countSyntheticNodes = async (database: Database): Promise<number> => {
  const [row] = await readRows(
    { database, timeoutMs: 30_000 },
    COUNT_SYNTHETIC,
    z.object({ nodes: z.number().int() }),
  );
  return row?.nodes ?? 0;
};
