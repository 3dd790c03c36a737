import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SeedGraph } from '@pag/graph-seed';
import { Database } from '@pag/server/repositories/database';
import { rankSyntheticNodes } from '@pag/server/repositories/rank.repository';
import { toSeedRows } from '@pag/server/repositories/seed-rows';
import {
  awaitSyntheticSearch,
  fillImportedLists,
  markSyntheticGraph,
  syntheticRows,
} from '@pag/server/repositories/synthetic.repository';
import { loadGraph } from '../graph/load-data-dir';
import { done, step } from '../lib/log';
import { paths } from '../lib/paths';
import {
  ARRAY_DELIMITER,
  bulkImportLocal,
  refuseToReplace,
  refuseWhileRunning,
} from '../neo4j/bulk-import';
import type { LocalInstance, Neo4jHandle } from '../neo4j/local-neo4j';
import { CsvTable } from './csv-table';
import { SYNTHETIC_SOURCE, syntheticGraph, type SynthOptions } from './synthetic-graph';

/** A `:LABEL` field: labels are separated as list items are. */
const labels = (...names: string[]) => names.join(ARRAY_DELIMITER);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Writes the curated graph and a synthetic graph as CSV files for Neo4j's bulk importer, in
 * the shape the loaders store (the same properties, labels and hashes), streaming: memory
 * stays bounded whatever the size.
 */
const writeImportFiles = async (folder: string, curated: SeedGraph, options: SynthOptions) => {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const rows = toSeedRows(curated);
  const batches = syntheticGraph(options);
  const first = batches.next();
  const firstRows = first.done ? { nodes: [], relationships: [] } : syntheticRows(first.value);
  const synthetic = { synthetic: true };
  const file = (name: string) =>
    [path.join(folder, `${name}.csv`), path.join(folder, `${name}-header.csv`)] as const;
  const nodes = new CsvTable(
    ...file('nodes'),
    ['id:ID(Node)', ':LABEL'],
    [
      ...rows.nodes.map((row) => row.props),
      ...firstRows.nodes.map((row) => ({ ...row.props, ...synthetic })),
    ],
  );
  const sourceProps = { ...SYNTHETIC_SOURCE, ...synthetic };
  const sources = new CsvTable(
    ...file('sources'),
    ['id:ID(Source)', ':LABEL'],
    [...rows.sources.map((row) => row.props), sourceProps],
  );
  const relationships = new CsvTable(
    ...file('relationships'),
    [':START_ID(Node)', ':END_ID(Node)', ':TYPE'],
    [
      ...rows.relationships.map((row) => row.props),
      ...firstRows.relationships.map((row) => ({ ...row.props, ...synthetic })),
    ],
  );
  for (const row of rows.nodes) await nodes.write([row.id, labels('Node', row.label)], row.props);
  for (const row of rows.sources) await sources.write([row.id, labels('Source')], row.props);
  for (const row of rows.relationships)
    await relationships.write([row.source, row.target, row.type], row.props);
  await sources.write([SYNTHETIC_SOURCE.id, labels('Source', 'Synthetic')], sourceProps);
  const writeSynthetic = async (batch: ReturnType<typeof syntheticRows>) => {
    for (const row of batch.nodes)
      await nodes.write([row.id, labels('Node', 'Synthetic', row.label)], {
        ...row.props,
        ...synthetic,
      });
    for (const row of batch.relationships)
      await relationships.write([row.source, row.target, row.type], {
        ...row.props,
        ...synthetic,
      });
  };
  await writeSynthetic(firstRows);
  for (const batch of batches) await writeSynthetic(syntheticRows(batch));
  await Promise.all([nodes.close(), sources.close(), relationships.close()]);
  return {
    counts: { nodes: nodes.rows, relationships: relationships.rows },
    files: { nodes: [nodes.files, sources.files], relationships: [relationships.files] },
  };
};

/**
 * Replaces the local Neo4j's database with the curated graph and a synthetic graph, written
 * by Neo4j's own bulk importer (the server stopped), then started and finished as the loaders
 * finish theirs: indexes built, empty lists stored, the data version recorded, ranks set,
 * search brought up to date. For an empty (or disposable) database only: it replaces
 * everything. Reports how long each step took.
 */
export const importSynthetic = async (
  options: SynthOptions,
  curated: SeedGraph,
  local: {
    instance: LocalInstance;
    boltPort: number;
    start: () => Promise<Neo4jHandle>;
    /** Whether a database the server holds may be replaced. */
    replace: boolean;
  },
  database = 'neo4j',
) => {
  refuseWhileRunning(local.instance);
  refuseToReplace(local.instance, local.replace);
  const folder = path.join(paths.neo4jHome, local.instance, 'import', 'bulk');
  const started = performance.now();
  step(`Writing the import files for ${options.orgs.toLocaleString('en')} organizations…`);
  const written = await writeImportFiles(folder, curated, options);
  const filesWritten = performance.now();
  done(
    `Wrote ${written.counts.nodes.toLocaleString('en')} nodes and ${written.counts.relationships.toLocaleString('en')} relationships in ${seconds(filesWritten - started)}`,
  );
  await bulkImportLocal(local.instance, local.boltPort, written.files);
  const imported = performance.now();
  done(`Imported in ${seconds(imported - filesWritten)}`);
  rmSync(folder, { recursive: true, force: true });

  const neo4j = await local.start();
  try {
    const connection = new Database({ ...neo4j, database });
    try {
      const startedAt = performance.now();
      step('Storing the empty lists the importer leaves out…');
      await fillImportedLists(connection);
      // The curated loader builds the indexes, finds every curated record as it is, and
      // records the data version and the curated ranks.
      await loadGraph(neo4j, curated, database);
      step('Ranking the synthetic nodes by their hops from the Party centre…');
      await rankSyntheticNodes(connection);
      await awaitSyntheticSearch(connection);
      await markSyntheticGraph(
        connection,
        `seed ${options.seed}, ${options.orgs} organizations, ${new Date().toISOString()}`,
      );
      const finished = performance.now();
      const records = written.counts.nodes + written.counts.relationships;
      const total = finished - started;
      done(
        `Imported and finished: ${records.toLocaleString('en')} records in ${seconds(total)} (${Math.round(records / (total / 1000)).toLocaleString('en')} records/s): files ${seconds(filesWritten - started)}, neo4j-admin import ${seconds(imported - filesWritten)}, start ${seconds(startedAt - imported)}, indexes, lists, version and ranks ${seconds(finished - startedAt)}`,
      );
      return {
        records,
        milliseconds: {
          files: filesWritten - started,
          import: imported - filesWritten,
          finish: finished - imported,
          total,
        },
      };
    } finally {
      await connection.close();
    }
  } finally {
    await neo4j.stop();
  }
};
