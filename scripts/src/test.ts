import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '@pag/server/build-app';
import { loadConfig } from '@pag/server/config';
import { buildClient } from './build-client';
import { loadDataDir } from './graph/load-data-dir';
import { done, runMain, step, UserError } from './lib/log';
import { paths, repoRoot } from './lib/paths';
import { runCommand } from './lib/run-command';
import type { Neo4jHandle } from './neo4j/local-neo4j';
import { provideTestNeo4j } from './neo4j/provide-neo4j';
import { withNeo4j } from './neo4j/with-neo4j';
import { countPlaywright, countVitest, formatSummary, type TierResult } from './test-report';

const TIERS = ['typecheck', 'lint', 'unit', 'integration', 'e2e'] as const;
type Tier = (typeof TIERS)[number];

const USAGE = `Usage: pnpm test [--only ${TIERS.join(',')}]

Runs every tier by default: typecheck, lint, unit tests, integration tests against a real
Neo4j (its own port and data folder; NEO4J_TEST_URI to use another) and end-to-end tests in
Chromium (CHROMIUM_PATH, default /usr/bin/chromium).`;

const timed = async (
  tier: Tier,
  run: () => Promise<Omit<TierResult, 'tier' | 'seconds'>>,
): Promise<TierResult> => {
  step(`${tier}…`);
  const started = performance.now();
  const result = await run();
  return { tier, ...result, seconds: (performance.now() - started) / 1000 };
};

const pass = (ok: boolean, note?: string) => ({
  passed: ok ? 1 : 0,
  failed: ok ? 0 : 1,
  skipped: 0,
  ...(note ? { note } : {}),
});

runMain(async () => {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const selected = new Set<Tier>(values.only ? (values.only.split(',') as Tier[]) : TIERS);
  for (const tier of selected)
    if (!TIERS.includes(tier)) throw new UserError(`Unknown tier "${tier}".\n${USAGE}`);

  const started = performance.now();
  const reports = path.join(paths.testResults, 'reports');
  rmSync(paths.testResults, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const results: TierResult[] = [];
  const cleanups: (() => Promise<void>)[] = [];

  // The test Neo4j starts while the database-free tiers run.
  const needsNeo4j = selected.has('integration') || selected.has('e2e');
  const neo4jPromise: Promise<Neo4jHandle> | undefined = needsNeo4j
    ? provideTestNeo4j()
    : undefined;
  neo4jPromise?.then((handle) => cleanups.push(() => handle.stop())).catch(() => undefined);

  try {
    if (selected.has('typecheck')) {
      results.push(
        await timed('typecheck', async () => {
          const { code } = await runCommand('pnpm', [
            '-r',
            '--workspace-concurrency=2',
            'typecheck',
          ]);
          return pass(code === 0, '(4 packages, tsc strict)');
        }),
      );
    }
    if (selected.has('lint')) {
      results.push(
        await timed('lint', async () => {
          const { code } = await runCommand('pnpm', ['exec', 'eslint', '.', '--max-warnings=0']);
          const format = await runCommand('pnpm', [
            'exec',
            'prettier',
            '--check',
            '.',
            '--log-level=warn',
          ]);
          return pass(code === 0 && format.code === 0, '(eslint, prettier)');
        }),
      );
    }
    const vitest = async (tier: 'unit' | 'integration', env: NodeJS.ProcessEnv = {}) => {
      const report = path.join(reports, `${tier}.json`);
      await runCommand(
        'pnpm',
        [
          'exec',
          'vitest',
          'run',
          '--config',
          `vitest.${tier}.config.ts`,
          '--reporter=default',
          '--reporter=json',
          `--outputFile.json=${report}`,
        ],
        { env: { ...process.env, ...env } },
      );
      return countVitest(report);
    };
    if (selected.has('unit')) results.push(await timed('unit', () => vitest('unit')));

    if (neo4jPromise) {
      const neo4j = await neo4jPromise;
      const neo4jEnv = {
        NEO4J_TEST_URI: neo4j.uri,
        NEO4J_TEST_USER: neo4j.user,
        NEO4J_TEST_PASSWORD: neo4j.password,
      };
      if (selected.has('integration'))
        results.push(await timed('integration', () => vitest('integration', neo4jEnv)));
      if (selected.has('e2e')) {
        results.push(
          await timed('e2e', async () => {
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
            cleanups.push(() => app.close());
            const baseUrl = await app.listen({ host: '127.0.0.1', port: config.PORT });
            done(`App under test at ${baseUrl}`);
            await runCommand(
              path.join(repoRoot, 'scripts/node_modules/.bin/playwright'),
              ['test'],
              {
                cwd: path.join(repoRoot, 'scripts'),
                env: { ...process.env, E2E_BASE_URL: baseUrl },
              },
            );
            return countPlaywright(path.join(paths.testResults, 'e2e.json'));
          }),
        );
      }
    }
  } finally {
    for (const cleanup of cleanups.reverse())
      await cleanup().catch((error: unknown) => console.error(error));
  }

  process.stdout.write(`${formatSummary(results, (performance.now() - started) / 1000)}\n`);
  process.stdout.write(`Reports and screenshots: ${path.relative(repoRoot, paths.testResults)}/\n`);
  return results.every((r) => r.failed === 0 && r.skipped === 0) ? 0 : 1;
});
