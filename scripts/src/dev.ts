import { spawn } from 'node:child_process';
import { buildApp } from '@pag/server/build-app';
import { loadConfig } from '@pag/server/config';
import { loadDataDir } from './graph/load-data-dir';
import { done, runMain, step } from './lib/log';
import { paths } from './lib/paths';
import { provideDevNeo4j } from './neo4j/provide-neo4j';
import { superviseNeo4j } from './neo4j/supervise-neo4j';
import { withNeo4j } from './neo4j/with-neo4j';

/**
 * `pnpm dev`: Neo4j and the API as in `pnpm start`, with the client served by Vite (hot
 * reload) on port 5173, proxying /api to the API. Neo4j is restarted should it exit. Ctrl-C
 * stops all three.
 */
runMain(async () => {
  const config = loadConfig();
  const neo4j = await superviseNeo4j(() => provideDevNeo4j());
  try {
    await loadDataDir(neo4j, paths.dataDir, config.NEO4J_DATABASE);
    const app = await buildApp(withNeo4j(config, neo4j));
    const api = await app.listen({ host: config.HOST, port: config.PORT });
    done(`API at ${api}`);
    step('Starting Vite…');
    const vite = spawn('pnpm', ['--filter', '@pag/client', 'dev'], {
      stdio: 'inherit',
      env: { ...process.env, API_PROXY_TARGET: api },
    });
    await new Promise<void>((resolve) => {
      const stop = () => {
        vite.kill('SIGTERM');
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      vite.once('exit', () => resolve());
    });
    await app.close();
  } finally {
    await neo4j.stop();
  }
});
