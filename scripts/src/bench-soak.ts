import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ApiError, GraphElements, GraphMeta } from '@pag/graph-seed';
import { ACCEPTABLE_STATUSES, fuzzRequests } from '../../test-support/api-fuzz';
import { TcpProxy } from '../../test-support/tcp-proxy';
import { percentile } from './bench/percentile';
import { startApi } from './bench/start-api';
import { machineLine } from './bench/with-bench-app';
import { loadDataDir } from './graph/load-data-dir';
import { done, runMain, step, UserError } from './lib/log';
import { paths, repoRoot } from './lib/paths';
import { startLocalNeo4j } from './neo4j/local-neo4j';
import { isPortFree } from './neo4j/port';
import { superviseNeo4j } from './neo4j/supervise-neo4j';

const USAGE = `Usage: pnpm bench:soak [--fuzz N] [--seconds S] [--warmup S] [--connections C] [--write]

Runs the API (on loopback, through a TCP proxy in front of a supervised local Neo4j) through
fuzzing, outages and load, prints the figures, and with --write records them in
docs/reliability.md. Defaults: 10000 fuzzed requests, 60 s of load at 200 connections after
60 s of warm-up.`;

const BOLT_PORT = 17787;
const PASSWORD = 'party-graph-soak';
/** The endpoints every outage and the load run go through. */
const MIX = [
  '/api/health',
  '/api/meta',
  '/api/graph',
  '/api/nodes/social-organizations',
  '/api/edges/party-groups-lead-state-organs',
  '/api/sources/cpe-working-paper-8-2',
  '/api/search?q=%E5%85%9A%E7%BB%84',
  '/api/authority/social-organizations',
  '/api/paths?from=social-organizations&to=cpc-central-committee',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** GETs a URL and reads its status, body and time; a failed connection counts as status 0. */
const get = async (url: string, timeoutMs = 10_000) => {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    return { status: response.status, body, ms: performance.now() - started };
  } catch {
    return { status: 0, body: '', ms: performance.now() - started };
  }
};

/** A process and every process below it, from /proc (tsx runs the server in a child). */
const processTree = (pid: number): number[] => {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number),
  );
  return [pid, ...children.flatMap(processTree)];
};

/** Resident memory of a process and its descendants, in MiB, from /proc. */
const rssMiB = (pid: number): number =>
  Math.round(
    processTree(pid).reduce((sum, p) => {
      const line = readFileSync(`/proc/${p}/status`, 'utf8')
        .split('\n')
        .find((l) => l.startsWith('VmRSS:'));
      return sum + Number(line?.replace(/\D+/g, '') ?? 0);
    }, 0) / 1024,
  );

/** Polls every endpoint of the mix until `wanted` answers all of them; seconds it took. */
const secondsUntil = async (
  baseUrl: string,
  wanted: (status: number) => boolean,
  limitS: number,
) => {
  const started = performance.now();
  while ((performance.now() - started) / 1000 < limitS) {
    const answers = await Promise.all(MIX.map((p) => get(`${baseUrl}${p}`, 3000)));
    if (answers.every((a) => wanted(a.status))) return (performance.now() - started) / 1000;
    await sleep(100);
  }
  return Number.POSITIVE_INFINITY;
};

const fmt = (seconds: number) => (Number.isFinite(seconds) ? `${seconds.toFixed(2)} s` : 'never');
const mark = (ok: boolean) => (ok ? '✓' : '✗');

runMain(async () => {
  const { values } = parseArgs({
    options: {
      fuzz: { type: 'string', default: '10000' },
      seconds: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '60' },
      connections: { type: 'string', default: '200' },
      write: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const fuzzCount = Number(values.fuzz);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const warmup = Number(values.warmup);
  for (const [name, value] of Object.entries({ fuzz: fuzzCount, seconds, connections, warmup })) {
    if (!Number.isInteger(value) || value < 1) {
      throw new UserError(`--${name} must be a whole number above 0.\n${USAGE}`);
    }
  }
  if (!(await isPortFree(BOLT_PORT))) throw new UserError(`Port ${BOLT_PORT} is taken.`);

  // Empty at the first start; a restart after the kill keeps the data, as `pnpm start` does.
  let starts = 0;
  const neo4j = await superviseNeo4j(
    () =>
      startLocalNeo4j({
        instance: 'outage',
        boltPort: BOLT_PORT,
        user: 'neo4j',
        password: PASSWORD,
        fresh: starts++ === 0,
      }),
    { delaysMs: [1000] },
  );
  const proxy = new TcpProxy('127.0.0.1', BOLT_PORT);
  try {
    await loadDataDir(neo4j, paths.dataDir);
    await proxy.open();
    const api = await startApi(
      { uri: `bolt://127.0.0.1:${proxy.port}`, user: 'neo4j', password: PASSWORD },
      { LOG_LEVEL: 'error' },
    );
    try {
      const { baseUrl } = api;
      const pid = api.pid ?? 0;
      const lines: string[] = [];

      // Fuzz: every path and parameter of the OpenAPI document.
      step(`Fuzzing with ${fuzzCount} generated requests…`);
      const spec: unknown = await (await fetch(`${baseUrl}/api/docs/json`)).json();
      const graph = GraphElements.parse(await (await fetch(`${baseUrl}/api/graph`)).json());
      const ids = [...graph.nodes, ...graph.edges].map((e) => e.data.id);
      const versionBefore = GraphMeta.parse(await (await fetch(`${baseUrl}/api/meta`)).json());
      const requests = fuzzRequests(spec, { count: fuzzCount, seed: 20261128, ids });
      const statuses = new Map<number, number>();
      let badShape = 0;
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < requests.length) {
            const url = requests[next++] ?? '/';
            const answer = await get(`${baseUrl}${url}`);
            statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
            if (answer.status !== 200) {
              try {
                if (!ApiError.safeParse(JSON.parse(answer.body)).success) badShape++;
              } catch {
                badShape++;
              }
            }
          }
        }),
      );
      const versionAfter = GraphMeta.parse(await (await fetch(`${baseUrl}/api/meta`)).json());
      const unexpected = [...statuses].filter(([s]) => !ACCEPTABLE_STATUSES.includes(s));
      const unchanged = versionAfter.dataVersion === versionBefore.dataVersion;
      const fuzzOk = unexpected.length === 0 && badShape === 0 && unchanged;
      lines.push(
        '## Fuzz',
        '',
        `${fuzzCount} requests generated with fast-check from the OpenAPI document (seed 20261128), 8 at a time.`,
        '',
        '| status | requests |',
        '| ---: | ---: |',
        ...[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `| ${s} | ${n} |`),
        '',
        `5xx other than 503: ${unexpected.reduce((sum, [, n]) => sum + n, 0)} · error bodies not in the documented shape: ${badShape} · graph unchanged: ${unchanged ? 'yes' : 'no'} — ${mark(fuzzOk)}`,
        '',
      );
      done(`Fuzz: ${JSON.stringify(Object.fromEntries(statuses))}, bad shapes ${badShape}`);

      // Outages.
      step('Outages: hang, refuse, kill…');
      const is503 = (s: number) => s === 503;
      const is200 = (s: number) => s === 200;
      proxy.paused = true;
      const hang503 = await secondsUntil(baseUrl, is503, 30);
      proxy.paused = false;
      const hangBack = await secondsUntil(baseUrl, is200, 30);
      await proxy.close();
      const refused503 = await secondsUntil(baseUrl, is503, 30);
      await proxy.open();
      const refusedBack = await secondsUntil(baseUrl, is200, 30);
      const serverPid = (
        JSON.parse(readFileSync(path.join(paths.neo4jHome, 'outage', 'neo4j.pid'), 'utf8')) as {
          pid: number;
        }
      ).pid;
      process.kill(serverPid, 'SIGKILL');
      const killed503 = await secondsUntil(baseUrl, is503, 30);
      const killedBack = await secondsUntil(baseUrl, is200, 120);
      lines.push(
        '## Outages',
        '',
        `Every endpoint of the mix (${MIX.length}) polled together every 100 ms; the time until all of them answer as stated.`,
        '',
        '| outage | all answer 503 after | target | all answer 200 again after | target |',
        '| --- | ---: | --- | ---: | --- |',
        `| Neo4j hangs (proxy swallows every byte), then resumes | ${fmt(hang503)} | ≤ 2 s ${mark(hang503 <= 2)} | ${fmt(hangBack)} | ≤ 1 s ${mark(hangBack <= 1)} |`,
        `| Neo4j refuses connections (proxy closed), then accepts | ${fmt(refused503)} | ≤ 1 s ${mark(refused503 <= 1)} | ${fmt(refusedBack)} | ≤ 1 s ${mark(refusedBack <= 1)} |`,
        `| Neo4j killed (SIGKILL), restarted by its supervisor | ${fmt(killed503)} | ≤ 1 s ${mark(killed503 <= 1)} | ${fmt(killedBack)} | ≤ 30 s ${mark(killedBack <= 30)} |`,
        '',
      );
      done(
        `Outages: hang ${fmt(hang503)}/${fmt(hangBack)}, refused ${fmt(refused503)}/${fmt(refusedBack)}, killed ${fmt(killed503)}/${fmt(killedBack)}`,
      );

      // Load.
      step(`Load: ${connections} connections for ${seconds} s over the mix…`);
      const rssBefore = rssMiB(pid);
      const times: number[] = [];
      const counts = new Map<number, number>();
      const load = (duration: number) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(
            {
              url: baseUrl,
              connections,
              duration,
              requests: MIX.map((p) => ({ method: 'GET' as const, path: p })),
            },
            (error: Error | null, result) => (error ? reject(error) : resolve(result)),
          );
          instance.on('response', (_client, statusCode, _bytes, responseTime) => {
            times.push(responseTime);
            counts.set(statusCode, (counts.get(statusCode) ?? 0) + 1);
          });
        });
      // In two halves, memory read after each once the load has stopped: lasting growth would
      // go on from one to the next.
      const half = Math.max(1, Math.round(seconds / 2));
      // A warm-up at the same load first, not counted: the heap grows to the load for a
      // minute or so before it levels off.
      await load(warmup);
      times.length = 0;
      counts.clear();
      await sleep(5000);
      const rssWarm = rssMiB(pid);
      await load(half);
      await sleep(5000);
      const rssHalf = rssMiB(pid);
      await load(seconds - half);
      await sleep(5000);
      const rssAfter = rssMiB(pid);
      const grewOn = rssAfter - rssHalf;
      const memoryOk = grewOn <= Math.max(16, rssHalf * 0.1);
      times.sort((a, b) => a - b);
      const total = times.length;
      const n500 = [...counts]
        .filter(([s]) => s >= 500 && s !== 503)
        .reduce((a, [, n]) => a + n, 0);
      const n503 = counts.get(503) ?? 0;
      const p99 = percentile(times, 99);
      lines.push(
        '## Load',
        '',
        `autocannon, ${connections} connections for ${seconds} s (after ${warmup} s of warm-up at the same load, not counted), requests rotating over the mix.`,
        '',
        '| requests | per second | 200 | 503 (shed) | other 5xx | p50 ms | p99 ms | RSS (MiB) before → after warm-up → half → all |',
        '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        `| ${total} | ${Math.round(total / seconds)} | ${counts.get(200) ?? 0} | ${n503} (${((100 * n503) / Math.max(1, total)).toFixed(1)} %) | ${n500} ${mark(n500 === 0)} | ${percentile(times, 50).toFixed(0)} | ${p99.toFixed(0)} (≤ 1000 ${mark(p99 <= 1000)}) | ${rssBefore} → ${rssWarm} → ${rssHalf} → ${rssAfter} (second half ${grewOn >= 0 ? '+' : ''}${grewOn} ${mark(memoryOk)}) |`,
        '',
      );
      done(`Load: ${total} requests, 503 ${n503}, other 5xx ${n500}, p99 ${p99.toFixed(0)} ms`);

      const report = [
        '# Reliability',
        '',
        `Measured with \`pnpm bench:soak${values.write ? ' --write' : ''}\` on loopback: the API in its own process, Neo4j Community (local, supervised) behind a TCP proxy that the outages cut or hang; the load generator shares the machine.`,
        '',
        `Machine: ${machineLine()}. Seed graph. ${new Date().toISOString().slice(0, 10)}.`,
        '',
        ...lines,
        '## Reading the figures',
        '',
        '- A hung Neo4j is noticed only when a read times out: 503 comes after `NEO4J_QUERY_TIMEOUT_MS` (1.5 s) plus 0.3 s; a refused or killed one at once.',
        "- After a kill, the time back to 200 is the supervisor's 1 s delay plus Neo4j's start-up and recovery; the API reconnects by itself.",
        '- Under load, reads past the pool and the queue, or that wait more than `NEO4J_MAX_WAIT_MS` (0.4 s) for a turn, are answered 503 at once: the 503 share is load shed, and p99 counts them too. The API, Neo4j and autocannon share two cores.',
        '',
      ].join('\n');
      console.log(`\n${report}`);
      if (values.write) {
        writeFileSync(path.join(repoRoot, 'docs/reliability.md'), report);
        done('Written to docs/reliability.md');
      }
    } finally {
      await api.stop();
    }
  } finally {
    await proxy.close().catch(() => undefined);
    await neo4j.stop();
  }
  return 0;
});
