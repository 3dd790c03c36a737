import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildClient } from './build-client';
import { bundleSizes, type ChunkSize } from './bench/bundle-sizes';
import { percentile } from './bench/percentile';
import { timeToInteractive } from './bench/time-to-interactive';
import { machineLine, withBenchApp } from './bench/with-bench-app';
import { done, runMain, step } from './lib/log';
import { paths, repoRoot } from './lib/paths';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const sizeTable = (chunks: readonly ChunkSize[]) => {
  const total = (loading: ChunkSize['loading'], key: 'bytes' | 'gzipBytes') =>
    chunks.filter((c) => c.loading === loading).reduce((sum, c) => sum + c[key], 0);
  return [
    '| file | loaded | KB | KB gzip |',
    '| --- | --- | ---: | ---: |',
    ...chunks.map((c) => `| ${c.file} | ${c.loading} | ${kb(c.bytes)} | ${kb(c.gzipBytes)} |`),
    `| **all loaded with the page** | initial | ${kb(total('initial', 'bytes'))} | ${kb(total('initial', 'gzipBytes'))} |`,
    `| **loaded on first export** | lazy | ${kb(total('lazy', 'bytes'))} | ${kb(total('lazy', 'gzipBytes'))} |`,
  ].join('\n');
};

/**
 * `pnpm bench:client`: builds the client, reports the size of every chunk (raw and gzipped,
 * loaded with the page or lazily), then serves it with the API over the seed graph and
 * measures the time from navigation to an interactive graph. `--write` records the figures
 * in docs/benchmarks-client.md.
 */
runMain(async () => {
  const { values } = parseArgs({
    options: {
      loads: { type: 'string', default: '15' },
      write: { type: 'boolean', default: false },
    },
  });
  const loads = Number(values.loads);
  if (!Number.isInteger(loads) || loads < 1) throw new Error('--loads must be a whole number ≥ 1');
  await buildClient();
  const sizes = sizeTable(bundleSizes(paths.clientDist));
  process.stdout.write(`\n${sizes}\n\n`);

  const timing = await withBenchApp({ CLIENT_DIST: paths.clientDist }, async (baseUrl) => {
    step(`Loading the explorer ${loads} times in Chromium…`);
    await timeToInteractive(baseUrl, 1); // warm the server and Neo4j's query cache
    const times = (await timeToInteractive(baseUrl, loads)).sort((a, b) => a - b);
    const ms = (p: number) => Math.round(percentile(times, p));
    return [
      '| loads | min ms | p50 ms | p95 ms | max ms |',
      '| ---: | ---: | ---: | ---: | ---: |',
      `| ${loads} | ${ms(0)} | ${ms(50)} | ${ms(95)} | ${ms(100)} |`,
    ].join('\n');
  });
  process.stdout.write(
    `\nTime from navigation to an interactive graph (seed graph)\n${timing}\n\n`,
  );
  if (values.write) {
    writeFileSync(
      path.join(repoRoot, 'docs/benchmarks-client.md'),
      [
        '# Client benchmarks',
        '',
        'Measured with `pnpm bench:client --write`: a production build of the client, then the',
        'explorer served with the API over the seed graph on 127.0.0.1 and opened in Debian’s',
        'Chromium (headless, no GPU), each time in a fresh browser context with an empty cache.',
        '',
        `Machine: ${machineLine()}. ${new Date().toISOString().slice(0, 10)}.`,
        '',
        '## Time from navigation to an interactive graph',
        '',
        'From the start of navigation until the graph is fetched, laid out and drawn and the',
        'canvas answers clicks (`data-ready` on the graph area).',
        '',
        timing,
        '',
        '## Bundle',
        '',
        'Libraries sit in their own chunks so they stay cached across releases; the export code',
        '(PNG, SVG and the SVG renderer) loads only when someone first exports.',
        '',
        sizes,
        '',
      ].join('\n'),
    );
    done('Wrote docs/benchmarks-client.md');
  }
});
