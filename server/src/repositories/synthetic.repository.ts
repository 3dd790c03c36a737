import { z } from 'zod';
import type { SeedGraph, Source } from '@pag/graph-seed';
import type { Database } from './database';
import { classifyDatabaseError } from './database-errors';
import { readRows } from './read-rows';
import { toSeedRows, type SeedRows } from './seed-rows';
import { AWAIT_TEXT_INDEXES, DROP_TEXT_INDEXES, GRAPH_META_ID, SCHEMA } from './seed.repository';

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
  SET r = row.props, r.synthetic = true
  RETURN count(r) AS written`;
/** Which of these node ids are not in the graph (a relationship to one is not written). */
export const FIND_MISSING_NODES = `
  UNWIND $ids AS id
  WITH id WHERE NOT EXISTS { MATCH (:Node {id: id}) }
  RETURN collect(id)[..5] AS missing`;
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
/**
 * Neo4j's bulk importer stores no empty list (an empty field is no property), where the
 * loaders store `aliases: []`: put back after an import, in bounded transactions.
 */
export const FILL_EMPTY_LISTS = `
  MATCH (n:Node) WHERE n.aliases IS NULL OR n.aliasesByEditors IS NULL
  CALL (n) {
    SET n.aliases = coalesce(n.aliases, []), n.aliasesByEditors = coalesce(n.aliasesByEditors, [])
  } IN TRANSACTIONS OF 20000 ROWS`;
export const FIND_SYNTHETIC_MARK = 'MATCH (m:GraphMeta {id: $id}) RETURN m.synthetic AS mark';
export const COUNT_SYNTHETIC = 'RETURN COUNT { MATCH (n:Node:Synthetic) } AS nodes';

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

/** A batch of synthetic records as the loader writes them. */
export type SyntheticRows = Pick<SeedRows, 'nodes' | 'relationships'>;

/**
 * The rows of a batch of synthetic records, stored as the curated ones are (names, kinds,
 * evidence, the texts search reads): worked out apart from the write, so that the next batch
 * can be prepared while Neo4j writes this one.
 */
export const syntheticRows = (batch: Pick<SeedGraph, 'nodes' | 'relationships'>): SyntheticRows =>
  toSeedRows({ ...batch, sources: [], unconnected: [], texts: new Map() });

/**
 * Writes a batch of synthetic rows in one transaction, nodes before relationships. A
 * relationship whose end is not in the graph fails the batch, naming the missing nodes: none of
 * the batch is written.
 */
export const writeSyntheticRows = async (
  database: Database,
  rows: SyntheticRows,
): Promise<void> => {
  const session = database.session('WRITE');
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(CREATE_SYNTHETIC_NODES, { rows: rows.nodes });
      const result = await tx.run(CREATE_SYNTHETIC_RELATIONSHIPS, { rows: rows.relationships });
      const written = Number(result.records[0]?.get('written') ?? 0);
      if (written === rows.relationships.length) return;
      const ends = [...new Set(rows.relationships.flatMap((row) => [row.source, row.target]))];
      const found = await tx.run(FIND_MISSING_NODES, { ids: ends });
      const missing = z.array(z.string()).parse(found.records[0]?.get('missing') ?? []);
      const why =
        missing.length > 0
          ? `no node ${missing.join(', ')} in the graph to join`
          : 'an end was not found';
      throw new Error(
        `${rows.relationships.length - written} of ${rows.relationships.length} synthetic relationships could not be written: ${why}`,
      );
    });
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
};

/**
 * Runs one statement in an implicit transaction (as CALL … IN TRANSACTIONS and the index
 * procedures need), its errors classified.
 */
const runStatement = async (
  database: Database,
  cypher: string,
  parameters: Record<string, unknown> = {},
): Promise<void> => {
  const session = database.session('WRITE');
  try {
    await session.run(cypher, parameters);
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
};

/** Stores the empty lists Neo4j's bulk importer left out (FILL_EMPTY_LISTS). */
export const fillImportedLists = (database: Database): Promise<void> =>
  runStatement(database, FILL_EMPTY_LISTS);

/** Waits until search finds every synthetic record written. */
export const awaitSyntheticSearch = (database: Database): Promise<void> =>
  runStatement(database, AWAIT_TEXT_INDEXES);

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
    await session.run(AWAIT_TEXT_INDEXES);
  } catch (error) {
    throw classifyDatabaseError(error);
  } finally {
    await session.close();
  }
};

/** Says what synthetic data is loaded (or loading), so that cached answers change with it. */
export const markSyntheticGraph = (database: Database, mark: string | null): Promise<void> =>
  runStatement(database, MARK_SYNTHETIC, { id: GRAPH_META_ID, mark });

/** What synthetic data is loaded (or was loading), as markSyntheticGraph said; null for none. */
export const findSyntheticMark = async (database: Database): Promise<string | null> => {
  const [row] = await readRows(
    { database, timeoutMs: 30_000 },
    FIND_SYNTHETIC_MARK,
    z.object({ mark: z.string().nullable() }),
    { id: GRAPH_META_ID },
  );
  return row?.mark ?? null;
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
