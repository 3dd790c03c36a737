import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  closeSync,
} from 'node:fs';
import path from 'node:path';
import { Database } from '@pag/server/repositories/database';
import { DatabaseAccessError } from '@pag/server/repositories/database-errors';
import { paths } from '../lib/paths';
import { done, step, UserError, warn } from '../lib/log';
import { runCommand } from '../lib/run-command';
import { ensureNeo4jRuntime, javaCommand, neo4jVersion } from './neo4j-runtime';
import { neo4jMemory, type Neo4jMemory } from './memory-settings';
import { isPortFree } from './port';
import { isProcessAlive, waitForExit } from './process-alive';

/** The local servers the project runs, each in its own folder under `.neo4j/`. */
export type LocalInstance = 'dev' | 'test' | 'outage' | 'bulk-test';

export interface LocalNeo4jOptions {
  /**
   * Names the folder under `.neo4j/` that holds this server's config, data and logs: `dev`
   * for the app, `test` for the tests, `outage` for the tests that kill a server,
   * `bulk-test` for the test of the bulk importer.
   */
  readonly instance: LocalInstance;
  readonly boltPort: number;
  readonly user: string;
  readonly password: string;
  /** Start from an empty database (the test instance does). */
  readonly fresh?: boolean;
}

/** A Neo4j the project uses: its connection settings and how to stop it. */
export interface Neo4jHandle {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  /** True when this process started the server, and `stop()` stops it. */
  readonly local: boolean;
  /**
   * For a server this process started: settles with the reason when it exits other than by
   * `stop()`, so that a supervisor can start it again.
   */
  readonly exited?: Promise<string>;
  stop(): Promise<void>;
}

/** What a local server's pid file records: the server, the process that started it, its port. */
interface PidRecord {
  readonly pid: number;
  readonly owner: number;
  readonly boltPort: number;
}

const readPidRecord = (pidFile: string): PidRecord | null => {
  if (!existsSync(pidFile)) return null;
  const text = readFileSync(pidFile, 'utf8').trim();
  try {
    const record = JSON.parse(text) as Partial<PidRecord>;
    if (
      Number.isInteger(record.pid) &&
      Number.isInteger(record.owner) &&
      Number.isInteger(record.boltPort)
    ) {
      return record as PidRecord;
    }
  } catch {
    // An older pid file holds the server's pid alone: who started it is unknown.
  }
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 ? { pid, owner: 0, boltPort: 0 } : null;
};

/** The local server of this folder that runs, whichever process started it, if one does. */
export const runningServer = (home: string): PidRecord | null => {
  const record = readPidRecord(path.join(home, 'neo4j.pid'));
  return record && isProcessAlive(record.pid) ? record : null;
};

/** The running server another live process of the project started, if there is one. */
export const startedByAnother = (pidFile: string): PidRecord | null => {
  const record = readPidRecord(pidFile);
  return record &&
    record.owner > 0 &&
    record.owner !== process.pid &&
    isProcessAlive(record.owner) &&
    isProcessAlive(record.pid)
    ? record
    : null;
};

const STARTUP_TIMEOUT_MS = 180_000;
const SHUTDOWN_TIMEOUT_MS = 60_000;

/** The JVM's options; the heap's size first, initial and largest alike (as Neo4j advises). */
export const jvmOptions = (memory: Neo4jMemory): string[] => [
  `-Xms${memory.heap}`,
  `-Xmx${memory.heap}`,
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

export const configFor = (home: string, boltPort: number, memory: Neo4jMemory): string =>
  [
    '# Written by scripts/src/neo4j/local-neo4j.ts on every start; edit that file instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.directories.import=${path.join(home, 'import')}`,
    `server.directories.plugins=${path.join(home, 'plugins')}`,
    `server.memory.pagecache.size=${memory.pageCache}`,
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    '',
  ].join('\n');

const tail = (file: string, lines = 25): string =>
  existsSync(file)
    ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
    : '(no log)';

/** Stops a server left running by an earlier run that did not shut down cleanly. */
const stopStale = async (pidFile: string): Promise<void> => {
  const pid = readPidRecord(pidFile)?.pid;
  if (pid !== undefined && isProcessAlive(pid)) {
    warn(`Stopping a Neo4j left running by an earlier run (pid ${pid})`);
    process.kill(pid, 'SIGTERM');
    if (!(await waitForExit(pid, SHUTDOWN_TIMEOUT_MS))) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
};

const waitForBolt = async (
  uri: string,
  user: string,
  password: string,
  exited: () => string | undefined,
) => {
  const database = new Database({
    uri,
    user,
    password,
    database: 'neo4j',
    connectionTimeoutMs: 2000,
  });
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  try {
    for (;;) {
      const exitReason = exited();
      if (exitReason) throw new Error(exitReason);
      try {
        await database.verifyConnectivity();
        return;
      } catch (error) {
        if (error instanceof DatabaseAccessError) {
          throw new UserError(
            `Neo4j at ${uri} refused the configured credentials (${error.message}). The local database keeps the password it was first started with: set NEO4J_PASSWORD to it, or delete the instance folder under .neo4j/ to start afresh.`,
          );
        }
        if (Date.now() > deadline)
          throw new Error(
            `Neo4j did not accept Bolt connections within ${STARTUP_TIMEOUT_MS / 1000}s`,
          );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await database.close();
  }
};

/**
 * Starts a Neo4j Community server on 127.0.0.1 from the Maven-resolved runtime, waits until
 * it accepts Bolt connections with the configured credentials, and returns a handle that
 * stops it. Its data stays in `.neo4j/<instance>/data` between runs unless `fresh` is set.
 */
export const startLocalNeo4j = async (options: LocalNeo4jOptions): Promise<Neo4jHandle> => {
  const { instance, boltPort, user, password } = options;
  if (user !== 'neo4j') {
    throw new UserError(
      `The local Neo4j Community server has the single user "neo4j"; NEO4J_USER is "${user}".`,
    );
  }
  const lib = await ensureNeo4jRuntime();
  const home = path.join(paths.neo4jHome, instance);
  const pidFile = path.join(home, 'neo4j.pid');
  const consoleLog = path.join(home, 'logs', 'console.log');
  const shared = startedByAnother(pidFile);
  if (shared) return useShared(options, shared);
  await stopStale(pidFile);
  if (!(await isPortFree(boltPort))) {
    throw new UserError(
      `Port ${boltPort} on 127.0.0.1 is taken, so the ${instance} Neo4j cannot start. Stop what uses it, or choose another port (${instance === 'test' ? 'NEO4J_TEST_BOLT_PORT' : 'NEO4J_LOCAL_BOLT_PORT'}).`,
    );
  }
  if (options.fresh) rmSync(path.join(home, 'data'), { recursive: true, force: true });
  for (const dir of ['conf', 'data', 'logs', 'import', 'plugins'])
    mkdirSync(path.join(home, dir), { recursive: true });
  const memory = neo4jMemory();
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), configFor(home, boltPort, memory));

  const classPath = `${lib}${path.sep}*`;
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, 'conf') };
  if (!existsSync(path.join(home, 'data', 'dbms', 'auth.ini'))) {
    const result = await runCommand(
      javaCommand(),
      ['-cp', classPath, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
      { capture: true, env },
    );
    if (result.code !== 0)
      throw new Error(`Could not set the Neo4j password:\n${result.stdout}${result.stderr}`);
  }

  step(
    `Starting Neo4j Community ${neo4jVersion()} (${instance}) on bolt://127.0.0.1:${boltPort}, page cache ${memory.pageCache}, heap ${memory.heap}…`,
  );
  const out = openSync(consoleLog, 'a');
  const child = spawn(
    javaCommand(),
    [
      ...jvmOptions(memory),
      '-cp',
      classPath,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${path.join(home, 'conf')}`,
      '--console-mode',
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start java');
  const record: PidRecord = { pid, owner: process.pid, boltPort };
  writeFileSync(pidFile, `${JSON.stringify(record)}\n`);
  // Should this process die without stopping Neo4j, do not leave the server behind.
  const killOnExit = () => {
    if (isProcessAlive(pid)) process.kill(pid, 'SIGTERM');
  };
  process.once('exit', killOnExit);
  let exitReason: string | undefined;
  let stopping = false;
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      process.removeListener('exit', killOnExit);
      exitReason = `Neo4j (${instance}) exited (${signal ?? `code ${code}`}). Last lines of ${consoleLog}:\n${tail(consoleLog, 10)}`;
      if (!stopping) resolve(exitReason);
    });
  });

  const uri = `bolt://127.0.0.1:${boltPort}`;
  const started = Date.now();
  try {
    await waitForBolt(uri, user, password, () => exitReason);
  } catch (error) {
    stopping = true;
    if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
    throw error;
  }
  done(
    `Neo4j (${instance}) accepts Bolt connections at ${uri} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );

  return {
    uri,
    user,
    password,
    local: true,
    exited,
    async stop() {
      stopping = true;
      process.removeListener('exit', killOnExit);
      if (isProcessAlive(pid)) {
        process.kill(pid, 'SIGTERM');
        if (!(await waitForExit(pid, SHUTDOWN_TIMEOUT_MS))) {
          warn(
            `Neo4j (${instance}) did not stop within ${SHUTDOWN_TIMEOUT_MS / 1000}s; killing it`,
          );
          process.kill(pid, 'SIGKILL');
        }
      }
      rmSync(pidFile, { force: true });
      done(`Neo4j (${instance}) stopped`);
    },
  };
};

/**
 * A handle on the local server another command of the project runs (`pnpm start` while
 * `pnpm graph load` runs): used as it is, and never stopped by this process.
 */
const useShared = async (options: LocalNeo4jOptions, running: PidRecord): Promise<Neo4jHandle> => {
  const { instance, boltPort, user, password } = options;
  if (options.fresh) {
    throw new UserError(
      `The ${instance} Neo4j is in use by another run (process ${running.owner}), and this one would wipe its data: wait for that run to finish.`,
    );
  }
  if (running.boltPort !== boltPort) {
    throw new UserError(
      `The ${instance} Neo4j already runs for process ${running.owner} on port ${running.boltPort}, not ${boltPort}: use that port (${instance === 'test' ? 'NEO4J_TEST_BOLT_PORT' : 'NEO4J_LOCAL_BOLT_PORT'}) or stop that process first.`,
    );
  }
  const uri = `bolt://127.0.0.1:${boltPort}`;
  await waitForBolt(uri, user, password, () =>
    isProcessAlive(running.pid) ? undefined : 'The running Neo4j exited',
  );
  done(
    `Using the ${instance} Neo4j that process ${running.owner} started, at ${uri}; it keeps running`,
  );
  return { uri, user, password, local: false, stop: () => Promise.resolve() };
};
