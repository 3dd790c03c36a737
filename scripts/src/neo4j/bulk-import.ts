import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UserError, step } from '../lib/log';
import { paths } from '../lib/paths';
import { runCommand } from '../lib/run-command';
import { neo4jMemory } from './memory-settings';
import { configFor, runningServer, type LocalInstance } from './local-neo4j';
import { ensureNeo4jRuntime, javaCommand } from './neo4j-runtime';

/** Separates the items of a list property in the CSV files (the data holds no controls). */
export const ARRAY_DELIMITER = '\u001f';

export interface BulkImportFiles {
  /** Each entry: the header file, then the data files, comma-separated, with a label space. */
  readonly nodes: readonly string[];
  readonly relationships: readonly string[];
}

/** Refuses, saying what to do, while the local server of `instance` runs. */
export const refuseWhileRunning = (instance: LocalInstance): void => {
  const running = runningServer(path.join(paths.neo4jHome, instance));
  if (running) {
    throw new UserError(
      `The ${instance} Neo4j runs (process ${running.pid}): stop it first (Ctrl-C in the terminal of pnpm neo4j or pnpm start). Neo4j's bulk importer writes the database offline.`,
    );
  }
};

/** Whether the local server of `instance` holds a database already. */
const holdsDatabase = (instance: LocalInstance) =>
  existsSync(path.join(paths.neo4jHome, instance, 'data', 'databases', 'neo4j'));

/**
 * Refuses to replace a database the local server of `instance` holds, unless told to: the
 * importer writes a new one in its place, its history of data versions with it.
 */
export const refuseToReplace = (instance: LocalInstance, replace: boolean): void => {
  if (holdsDatabase(instance) && !replace) {
    throw new UserError(
      `The ${instance} Neo4j holds a database, which --import would replace with the curated and the synthetic graph (its history of data versions too). Add --replace to go ahead.`,
    );
  }
};

/**
 * Replaces the local Neo4j's database with what the CSV files hold, with Neo4j's own bulk
 * importer (`neo4j-admin database import full`), which writes the store files directly and
 * needs the server stopped. Refuses while the local server runs.
 */
export const bulkImportLocal = async (
  instance: LocalInstance,
  boltPort: number,
  files: BulkImportFiles,
): Promise<void> => {
  const home = path.join(paths.neo4jHome, instance);
  refuseWhileRunning(instance);
  refuseToReplace(instance, true);
  const lib = await ensureNeo4jRuntime();
  for (const dir of ['conf', 'data', 'logs', 'import'])
    mkdirSync(path.join(home, dir), { recursive: true });
  const memory = neo4jMemory();
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), configFor(home, boltPort, memory));
  step('Importing with neo4j-admin database import full…');
  const { code } = await runCommand(
    javaCommand(),
    [
      `-Xmx${memory.heap}`,
      '-cp',
      `${lib}${path.sep}*`,
      'org.neo4j.cli.AdminTool',
      'database',
      'import',
      'full',
      '--overwrite-destination=true',
      '--multiline-fields=true',
      `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
      '--id-type=string',
      // Where it lists what it could not import: beside the server's logs, not in the folder
      // the command runs in.
      `--report-file=${path.join(home, 'logs', 'import.report')}`,
      ...files.nodes.map((file) => `--nodes=${file}`),
      ...files.relationships.map((file) => `--relationships=${file}`),
    ],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') } },
  );
  if (code !== 0) throw new Error(`neo4j-admin database import failed (exit code ${code})`);
};
