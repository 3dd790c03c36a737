import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '@pag/server/build-app';
import { ConfigError, loadConfig } from '@pag/server/config';
import { loadDataDir, validateDataDir } from './graph/load-data-dir';
import { done, runMain, UserError } from './lib/log';
import { paths } from './lib/paths';
import { provideDevNeo4j } from './neo4j/provide-neo4j';
import { withNeo4j } from './neo4j/with-neo4j';
import { publishStatic } from './publish/publish-static';

const USAGE = `Usage: pnpm publish:static --out DIR [--data DIR]

  Writes a static site to DIR: the explorer and a snapshot of the graph (the API's answers
  as files). Any static host serves DIR as it is, at any path: search, tracing, the sources'
  texts and every export work without a server. Finding paths and filters need the live
  explorer. The data is validated and loaded into Neo4j first (NEO4J_URI when set, otherwise
  the local Neo4j for the duration). An earlier snapshot in DIR is replaced; other files
  there (a CNAME, .nojekyll, .git) are left as they are.

  --out      the folder to write (new, empty, or an earlier snapshot)
  --data     data folder (default: graph-seed/data)`;

runMain(async () => {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.out) throw new UserError(`publish:static needs --out DIR.\n${USAGE}`);
  const out = path.resolve(values.out);
  const shown = path.relative(process.cwd(), out).startsWith('..')
    ? out
    : path.relative(process.cwd(), out) || out;
  const dataDir = path.resolve(values.data ?? paths.dataDir);
  let config;
  try {
    config = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  } catch (error) {
    if (error instanceof ConfigError) throw new UserError(error.message);
    throw error;
  }
  validateDataDir(dataDir);
  const neo4j = await provideDevNeo4j();
  try {
    await loadDataDir(neo4j, dataDir, config.NEO4J_DATABASE);
    const app = await buildApp({ ...withNeo4j(config, neo4j), RATE_LIMIT_PER_MINUTE: 0 });
    try {
      const report = await publishStatic(app, out);
      done(
        `Static site written to ${shown} (data version ${report.dataVersion ?? 'unknown'}). Serve the folder with any static file server, e.g.\n\n    python3 -m http.server --directory ${shown} 8080`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await neo4j.stop();
  }
  return 0;
});
