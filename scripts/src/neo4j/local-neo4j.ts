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
import { isPortFree } from './port';
import { isProcessAlive, waitForExit } from './process-alive';

export interface LocalNeo4jOptions {
  /** Names the folder under `.neo4j/` that holds this server's config, data and logs. */
  readonly instance: 'dev' | 'test';
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
  /** True when the project started this server itself. */
  readonly local: boolean;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 180_000;
const SHUTDOWN_TIMEOUT_MS = 60_000;

const JVM_OPTIONS = [
  '-Xms512m',
  '-Xmx1g',
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

const configFor = (home: string, boltPort: number): string =>
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
    'server.memory.pagecache.size=256m',
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
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) {
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
  await stopStale(pidFile);
  if (!(await isPortFree(boltPort))) {
    throw new UserError(
      `Port ${boltPort} on 127.0.0.1 is taken, so the ${instance} Neo4j cannot start. Stop what uses it, or choose another port (${instance === 'test' ? 'NEO4J_TEST_BOLT_PORT' : 'NEO4J_LOCAL_BOLT_PORT'}).`,
    );
  }
  if (options.fresh) rmSync(path.join(home, 'data'), { recursive: true, force: true });
  for (const dir of ['conf', 'data', 'logs', 'import', 'plugins'])
    mkdirSync(path.join(home, dir), { recursive: true });
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), configFor(home, boltPort));

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

  step(`Starting Neo4j Community ${neo4jVersion()} (${instance}) on bolt://127.0.0.1:${boltPort}…`);
  const out = openSync(consoleLog, 'a');
  const child = spawn(
    javaCommand(),
    [
      ...JVM_OPTIONS,
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
  writeFileSync(pidFile, `${pid}\n`);
  let exitReason: string | undefined;
  child.once('exit', (code, signal) => {
    exitReason = `Neo4j exited during start-up (${signal ?? `code ${code}`}). Last lines of ${consoleLog}:\n${tail(consoleLog)}`;
  });
  // Should this process die without stopping Neo4j, do not leave the server behind.
  const killOnExit = () => {
    if (isProcessAlive(pid)) process.kill(pid, 'SIGTERM');
  };
  process.once('exit', killOnExit);

  const uri = `bolt://127.0.0.1:${boltPort}`;
  const started = Date.now();
  try {
    await waitForBolt(uri, user, password, () => exitReason);
  } catch (error) {
    if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
    throw error;
  }
  child.removeAllListeners('exit');
  done(
    `Neo4j (${instance}) accepts Bolt connections at ${uri} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );

  return {
    uri,
    user,
    password,
    local: true,
    async stop() {
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
