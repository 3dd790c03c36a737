import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '@pag/server/build-app';
import { loadConfig } from '@pag/server/config';
import { buildClient } from './build-client';
import { earlierEdition } from '../e2e/fixtures/earlier-edition';
import { loadDataDir, loadGraph, validateDataDir } from './graph/load-data-dir';
import { serveFolder } from './lib/serve-folder';
import { loadSynthetic, removeSynthetic } from './synth/load-synthetic';
import { publishStatic } from './publish/publish-static';
import { done, runMain, step, UserError } from './lib/log';
import { paths, repoRoot } from './lib/paths';
import { runCommand } from './lib/run-command';
import type { Neo4jHandle } from './neo4j/local-neo4j';
import { provideTestNeo4j } from './neo4j/provide-neo4j';
import { withNeo4j } from './neo4j/with-neo4j';
import { countPlaywright, countVitest, formatSummary, type TierResult } from './test-report';

type Counts = Omit<TierResult, 'tier' | 'seconds'>;

/** What a tier runs with: where reports go, the test Neo4j if it needs one, what to stop after. */
interface TierContext {
  readonly reports: string;
  readonly neo4j: Neo4jHandle | undefined;
  readonly onCleanup: (cleanup: () => Promise<void>) => void;
}

/** One tier of `pnpm test`: its name, whether it needs the test Neo4j, and how to run it. */
interface Tier {
  readonly name: string;
  readonly needsNeo4j: boolean;
  readonly run: (context: TierContext) => Promise<Counts>;
}

/** A tier that is one check: one pass or one failure. */
const check = (ok: boolean, note: string): Counts => ({
  passed: ok ? 1 : 0,
  failed: ok ? 0 : 1,
  skipped: 0,
  note,
});

/** Runs a Vitest tier with a JSON report and counts its tests. */
const vitest = async (config: 'unit' | 'integration', reports: string, env = {}) => {
  const report = path.join(reports, `${config}.json`);
  await runCommand(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--config',
      `vitest.${config}.config.ts`,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { env: { ...process.env, ...env } },
  );
  return countVitest(report);
};

const requireNeo4j = (context: TierContext): Neo4jHandle => {
  if (!context.neo4j) throw new Error('this tier needs the test Neo4j');
  return context.neo4j;
};

/** Runs one Playwright project against the app under test and counts its tests. */
const playwright = async (
  project: 'seed' | 'large' | 'hostile',
  baseUrl: string,
  env: Record<string, string> = {},
) => {
  const report = path.join(paths.testResults, `e2e-${project}.json`);
  await runCommand(
    path.join(repoRoot, 'scripts/node_modules/.bin/playwright'),
    ['test', '--project', project],
    {
      cwd: path.join(repoRoot, 'scripts'),
      env: { ...process.env, ...env, E2E_BASE_URL: baseUrl, E2E_REPORT: report },
    },
  );
  return countPlaywright(report);
};

/** Organizations in the synthetic graph the `large` project runs with: some 20,000 nodes. */
const LARGE_GRAPH_ORGS = 15_000;

/**
 * Loads an earlier edition of the seed graph and then the seed graph, builds the client,
 * serves both on loopback, publishes the graph as a static site served by a plain file
 * server, and drives Chromium; then loads a synthetic graph beside it and drives the
 * explorer at that size; then removes it, loads the hostile fixture into the same Neo4j and
 * checks that nothing in it acts.
 */
const runEndToEnd = async (context: TierContext): Promise<Counts> => {
  const neo4j = requireNeo4j(context);
  // An earlier edition first, so that the data has a history a shared link can be checked against.
  step('An earlier edition of the seed graph, then the seed graph…');
  await loadGraph(neo4j, earlierEdition(validateDataDir(paths.dataDir)));
  await loadDataDir(neo4j, paths.dataDir);
  await buildClient();
  const config = loadConfig({
    ...process.env,
    PORT: process.env.TEST_PORT ?? '3100',
    LOG_LEVEL: 'warn',
  });
  const app = await buildApp({
    ...withNeo4j(config, neo4j),
    HOST: '127.0.0.1',
    CLIENT_DIST: paths.clientDist,
  });
  context.onCleanup(() => app.close());
  const baseUrl = await app.listen({ host: '127.0.0.1', port: config.PORT });
  done(`App under test at ${baseUrl}`);
  // The same graph published as a static site, served below the root of a plain file server.
  const staticRoot = path.join(paths.testResults, 'static-site');
  rmSync(staticRoot, { recursive: true, force: true });
  mkdirSync(staticRoot, { recursive: true });
  step('Publishing the static site (pnpm publish:static)…');
  // Published through an app of its own, whose rate limit the tests' requests do not share.
  const publisher = await buildApp({
    ...withNeo4j(config, neo4j),
    HOST: '127.0.0.1',
    RATE_LIMIT_PER_MINUTE: 0,
  });
  try {
    await publishStatic(publisher, path.join(staticRoot, 'site'));
  } finally {
    await publisher.close();
  }
  const staticPort = Number(process.env.TEST_STATIC_PORT ?? '3102');
  context.onCleanup(await serveFolder(staticRoot, staticPort));
  const staticUrl = `http://127.0.0.1:${staticPort}/site/`;
  done(`Static site under test at ${staticUrl}`);
  const seed = await playwright('seed', baseUrl, { E2E_STATIC_URL: staticUrl });
  step('A synthetic graph of 15,000 organizations beside the seed graph…');
  await loadSynthetic(neo4j, { orgs: LARGE_GRAPH_ORGS, seed: 1 });
  const large = await playwright('large', baseUrl);
  await removeSynthetic(neo4j);
  step('Hostile data (scripts/e2e/fixtures/hostile)…');
  await loadDataDir(neo4j, paths.hostileDataDir);
  const hostile = await playwright('hostile', baseUrl);
  return {
    passed: seed.passed + large.passed + hostile.passed,
    failed: seed.failed + large.failed + hostile.failed,
    skipped: seed.skipped + large.skipped + hostile.skipped,
    note: `(Chromium; seed graph, then ${large.passed + large.failed} tests with a synthetic graph beside it, then hostile data: ${hostile.passed + hostile.failed} tests)`,
  };
};

/** Every tier, in the order they run: the database-free ones first, while Neo4j starts. */
const TIERS: readonly Tier[] = [
  {
    name: 'typecheck',
    needsNeo4j: false,
    run: async () => {
      const { code } = await runCommand('pnpm', ['typecheck']);
      return check(code === 0, '(root and 4 packages, tsc strict)');
    },
  },
  {
    name: 'lint',
    needsNeo4j: false,
    run: async () => {
      const lint = await runCommand('pnpm', ['exec', 'eslint', '.', '--max-warnings=0']);
      const format = await runCommand('pnpm', [
        'exec',
        'prettier',
        '--check',
        '.',
        '--log-level=warn',
      ]);
      return check(lint.code === 0 && format.code === 0, '(eslint type-aware, prettier)');
    },
  },
  {
    name: 'unit',
    needsNeo4j: false,
    // As in CI: a snapshot that is missing fails instead of being written unreviewed.
    run: ({ reports }) => vitest('unit', reports, { CI: 'true' }),
  },
  {
    name: 'integration',
    needsNeo4j: true,
    run: (context) => {
      const neo4j = requireNeo4j(context);
      return vitest('integration', context.reports, {
        NEO4J_TEST_URI: neo4j.uri,
        NEO4J_TEST_USER: neo4j.user,
        NEO4J_TEST_PASSWORD: neo4j.password,
      });
    },
  },
  { name: 'e2e', needsNeo4j: true, run: runEndToEnd },
];

const NAMES = TIERS.map((tier) => tier.name);

const USAGE = `Usage: pnpm test [--only ${NAMES.join(',')}]

Runs every tier by default: typecheck, lint, unit tests, integration tests against a real
Neo4j (its own port and data folder; NEO4J_TEST_URI to use another) and end-to-end tests in
Chromium (CHROMIUM_PATH, default /usr/bin/chromium).`;

runMain(async () => {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const asked = values.only?.split(',') ?? NAMES;
  const unknown = asked.filter((name) => !NAMES.includes(name));
  if (unknown.length > 0) throw new UserError(`Unknown tier "${unknown.join('", "')}".\n${USAGE}`);
  const selected = TIERS.filter((tier) => asked.includes(tier.name));

  const started = performance.now();
  const reports = path.join(paths.testResults, 'reports');
  rmSync(paths.testResults, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const cleanups: (() => Promise<void>)[] = [];
  const onCleanup = (cleanup: () => Promise<void>) => cleanups.push(cleanup);

  // The test Neo4j starts while the database-free tiers run.
  const neo4jStarting = selected.some((tier) => tier.needsNeo4j) ? provideTestNeo4j() : undefined;
  neo4jStarting?.then((handle) => onCleanup(() => handle.stop())).catch(() => undefined);

  const results: TierResult[] = [];
  try {
    for (const tier of selected) {
      const neo4j = tier.needsNeo4j ? await neo4jStarting : undefined;
      step(`${tier.name}…`);
      const tierStarted = performance.now();
      const counts = await tier.run({ reports, neo4j, onCleanup });
      results.push({
        tier: tier.name,
        ...counts,
        seconds: (performance.now() - tierStarted) / 1000,
      });
    }
  } finally {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error: unknown) => console.error(error));
  }

  process.stdout.write(`${formatSummary(results, (performance.now() - started) / 1000)}\n`);
  process.stdout.write(`Reports and screenshots: ${path.relative(repoRoot, paths.testResults)}/\n`);
  return results.every((r) => r.failed === 0 && r.skipped === 0) ? 0 : 1;
});
