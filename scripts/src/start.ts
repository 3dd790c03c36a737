import { buildApp } from '@pag/server/build-app';
import { ConfigError, loadConfig } from '@pag/server/config';
import { buildClient } from './build-client';
import { loadDataDir } from './graph/load-data-dir';
import { done, runMain, step, UserError } from './lib/log';
import { paths } from './lib/paths';
import { provideDevNeo4j } from './neo4j/provide-neo4j';
import { superviseNeo4j } from './neo4j/supervise-neo4j';
import { withNeo4j } from './neo4j/with-neo4j';
import type { Neo4jHandle } from './neo4j/local-neo4j';

/**
 * `pnpm start`: provides Neo4j (and restarts it should it exit), loads the seed graph, builds
 * the client and serves app and API from one Fastify process. Ctrl-C stops everything it
 * started, Neo4j included.
 */
runMain(async () => {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) throw new UserError(error.message);
    throw error;
  }

  const stack: (() => Promise<void>)[] = [];
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      process.stdout.write('\n');
      step('Stopping…');
      for (const stop of stack.reverse())
        await stop().catch((error: unknown) => console.error(error));
      done('Everything started by pnpm start is stopped');
    })());
  const onSignal = () => void stopAll().then(() => process.exit(0));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  try {
    // Should Neo4j exit, it is started again; the app reconnects by itself.
    const neo4j: Neo4jHandle = await superviseNeo4j(() => provideDevNeo4j());
    stack.push(() => neo4j.stop());
    await loadDataDir(neo4j, paths.dataDir, config.NEO4J_DATABASE);
    await buildClient();

    const app = await buildApp(
      { ...withNeo4j(config, neo4j), CLIENT_DIST: paths.clientDist },
      { logger: { level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL } },
    );
    stack.push(() => app.close());
    await app.listen({ host: config.HOST, port: config.PORT }).catch((error: unknown) => {
      throw error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
        ? new UserError(
            `Port ${config.PORT} on ${config.HOST} is taken: stop what uses it or set PORT.`,
          )
        : error;
    });
    const url = `http://${config.HOST}:${config.PORT}`;
    done(
      `Party Authority Graph is running.\n\n    Open ${url}\n    API  ${url}/api/health\n\n  Press Ctrl-C to stop.`,
    );
  } catch (error) {
    await stopAll();
    throw error;
  }
});
