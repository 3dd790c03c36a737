import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Driver } from 'neo4j-driver';
import { ApiError, GraphMeta } from '@pag/graph-seed';
import { getOk } from './support/api-client';
import { Writable } from 'node:stream';
import { onTestFinished } from 'vitest';
import { buildApp } from '../src/build-app';
import { build, buildProxied, openProxy } from './support/build';
import { testConfig } from './support/test-neo4j';
import { openTestDriver, queryRows } from '../../test-support/test-database';

describe('when Neo4j is unavailable', () => {
  it('answers 503 with a retry hint when the database is down, and 200 once it is back', async () => {
    const { app, proxy } = await buildProxied({ NEO4J_QUERY_TIMEOUT_MS: 1000 });
    expect((await app.inject({ method: 'GET', url: '/api/nodes/cppcc' })).statusCode).toBe(200);
    await proxy.close();
    const down = await app.inject({ method: 'GET', url: '/api/nodes/cppcc' });
    expect(down.statusCode).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(ApiError.parse(down.json()).error).toMatchObject({
      code: 'database_unavailable',
      retryAfterSeconds: 5,
    });
    expect(down.body).not.toMatch(/at .*\.ts|Neo4jError|stack/i);
    await proxy.open();
    expect((await app.inject({ method: 'GET', url: '/api/nodes/cppcc' })).statusCode).toBe(200);
  });

  it('logs the database going away once, and once more when it answers again', async () => {
    const proxy = await openProxy();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString('utf8'));
        callback();
      },
    });
    const app = await buildApp(
      testConfig({ NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`, NEO4J_QUERY_TIMEOUT_MS: 1000 }),
      { logger: { level: 'info', stream } },
    );
    onTestFinished(() => app.close());
    await proxy.close();
    for (let i = 0; i < 5; i++) {
      expect((await app.inject({ method: 'GET', url: '/api/meta' })).statusCode).toBe(503);
    }
    await proxy.open();
    expect((await app.inject({ method: 'GET', url: '/api/meta' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/meta' })).statusCode).toBe(200);
    const about = lines.filter((line) => /Neo4j (unavailable|is answering again)/.test(line));
    expect(about).toHaveLength(2);
    expect(about[0]).toContain('Neo4j unavailable');
    expect(about[1]).toContain('5 requests answered 503');
    expect(lines.join('')).not.toMatch(/\n\s+at /);
  });

  it('refuses reads past the pool and the queue at once with 503, and times out the rest with 503', async () => {
    const { app, proxy } = await buildProxied({
      NEO4J_QUERY_TIMEOUT_MS: 1000,
      NEO4J_POOL_SIZE: 2,
      NEO4J_MAX_WAITING: 2,
      // Long enough that the two waiting get their turn, and then time out on the database.
      NEO4J_MAX_WAIT_MS: 10_000,
      // The data stamp read before stays trusted, so the reads alone take the pool and the
      // queue; each asks something not answered before, so none is answered from memory.
      DATA_STAMP_MAX_AGE_MS: 60_000,
    });
    expect((await app.inject({ method: 'GET', url: '/api/meta' })).statusCode).toBe(200);
    proxy.paused = true;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        app.inject({ method: 'GET', url: `/api/search?q=committee${i}` }),
      ),
    );
    proxy.paused = false;
    expect(answers.map((a) => a.statusCode)).toEqual(Array.from({ length: 8 }, () => 503));
    const codes = answers.map((a) => ApiError.parse(a.json()).error.code);
    expect(codes.filter((code) => code === 'database_busy')).toHaveLength(4);
    expect(codes.filter((code) => code === 'database_unavailable')).toHaveLength(4);
    expect(
      answers.find((a) => a.json<ApiError>().error.code === 'database_busy')?.headers,
    ).toMatchObject({ 'retry-after': '1' });
  });

  it('answers 503, never 500, when every connection is taken and the pool cannot hand one out', async () => {
    const { app, proxy } = await buildProxied({
      NEO4J_QUERY_TIMEOUT_MS: 1000,
      HEALTH_TIMEOUT_MS: 300,
      NEO4J_POOL_SIZE: 1,
      NEO4J_MAX_WAITING: 10,
    });
    expect((await app.inject({ method: 'GET', url: '/api/meta' })).statusCode).toBe(200);
    proxy.paused = true;
    const answers = await Promise.all(
      Array.from({ length: 3 }, () => app.inject({ method: 'GET', url: '/api/search?q=party' })),
    );
    proxy.paused = false;
    for (const answer of answers) {
      expect(answer.statusCode).toBe(503);
      // Timed out on the database, or refused after waiting too long for a turn.
      expect(['database_unavailable', 'database_busy']).toContain(
        ApiError.parse(answer.json()).error.code,
      );
    }
  });

  it('answers 503 when the database stops answering mid-connection, instead of hanging', async () => {
    const { app, proxy } = await buildProxied({ NEO4J_QUERY_TIMEOUT_MS: 1000 });
    expect((await app.inject({ method: 'GET', url: '/api/search?q=cppcc' })).statusCode).toBe(200);
    proxy.paused = true;
    const hung = await app.inject({ method: 'GET', url: '/api/search?q=cppcc' });
    // A trace up is several queries in one transaction, all within the one timeout.
    const started = performance.now();
    const hungTrace = await app.inject({ method: 'GET', url: '/api/authority/cppcc?direction=up' });
    const waited = performance.now() - started;
    proxy.paused = false;
    expect(hung.statusCode).toBe(503);
    expect(ApiError.parse(hung.json()).error.code).toBe('database_unavailable');
    expect(hungTrace.statusCode).toBe(503);
    expect(waited).toBeLessThan(2500);
    const traced = await app.inject({ method: 'GET', url: '/api/authority/cppcc?direction=up' });
    expect(traced.statusCode).toBe(200);
  });
});

// Strings that would break a query built by pasting input into Cypher or Lucene.
const HOSTILE = [
  "' OR 1=1 --",
  '"}) MATCH (n) DETACH DELETE n //',
  '} RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //',
  '$id',
  '${id}',
  '`Node`',
  '\\u0000',
  'a'.repeat(5000),
  '\uFFFDreplacement',
  '党组") DETACH DELETE n',
  '社会组织 OR *:*',
  '🙂🔥',
  'name:* OR kind:*',
  '../../etc/passwd',
  '%00',
  'match-n-detach-delete-n',
];

describe('input is data, never query text', () => {
  const countEverything = async (driver: Driver) =>
    queryRows(
      driver,
      'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels',
      z.object({ nodes: z.number(), rels: z.number() }),
    );

  it('answers 200, 400 or 404 to hostile values in every parameter and leaves the graph unchanged', async () => {
    const app = await build();
    const driver = openTestDriver();
    const before = await countEverything(driver);
    const metaBefore = await getOk(app, '/api/meta', GraphMeta);
    // Percent-encoded bytes that are not valid UTF-8 go in as they are.
    const encoded = [...HOSTILE.map(encodeURIComponent), '%FF%FE%FD', '%E0%A4%A', '%C0%AF'];
    const urls = encoded.flatMap((v) => {
      return [
        `/api/nodes/${v}`,
        `/api/edges/${v}`,
        `/api/sources/${v}`,
        `/api/authority/${v}`,
        `/api/authority/cppcc?direction=${v}&maxDepth=${v}&limit=${v}`,
        `/api/paths?from=${v}&to=cppcc`,
        `/api/paths?from=cppcc&to=${v}&max=${v}`,
        `/api/search?q=${v}`,
        `/api/search?q=party&limit=${v}`,
        `/api/graph?kinds=${v}`,
        `/api/graph?relTypes=${v}`,
        `/api/graph?document=${v}`,
        `/api/graph?from=${v}&to=${v}`,
      ];
    });
    const statuses = new Set<number>();
    for (const url of urls) {
      const response = await app.inject({ method: 'GET', url });
      statuses.add(response.statusCode);
      expect([200, 400, 404], `${url.slice(0, 100)} answered ${response.statusCode}`).toContain(
        response.statusCode,
      );
      if (response.statusCode !== 200) ApiError.parse(response.json());
    }
    expect(statuses).toEqual(new Set([200, 400, 404]));
    expect(await countEverything(driver)).toEqual(before);
    expect((await getOk(app, '/api/meta', GraphMeta)).dataVersion).toBe(metaBefore.dataVersion);
  });

  it('never answers with a stack trace, even on unknown routes', async () => {
    const app = await build();
    const response = await app.inject({ method: 'GET', url: '/api/%E0%A4%A' });
    expect([400, 404]).toContain(response.statusCode);
    expect(response.body).not.toMatch(/\n\s+at /);
  });
});
