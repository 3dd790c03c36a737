import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildProxiedTestApp } from './support/proxied-app';
import type { TcpProxy } from './support/tcp-proxy';
import { buildTestApp } from './support/test-app';

describe('GET /api/health', () => {
  let tested: Awaited<ReturnType<typeof buildProxiedTestApp>>;
  let app: FastifyInstance;
  let proxy: TcpProxy;

  beforeAll(async () => {
    tested = await buildProxiedTestApp({ HEALTH_TIMEOUT_MS: 1500 });
    ({ app, proxy } = tested);
  });
  afterAll(() => tested.close());

  it('answers 200 with neo4j up while Neo4j answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('answers 503 within 2 seconds when Neo4j cannot be reached, and 200 again once it is back', async () => {
    await proxy.close();
    const started = performance.now();
    const down = await app.inject({ method: 'GET', url: '/api/health' });
    const elapsed = performance.now() - started;
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'degraded', neo4j: 'down' });
    expect(down.headers['retry-after']).toBe('5');
    expect(elapsed).toBeLessThan(2000);

    await proxy.open();
    const up = await app.inject({ method: 'GET', url: '/api/health' });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('answers 503 within 2 seconds when Neo4j accepts connections but never replies', async () => {
    const silent = await import('node:net').then(({ default: net }) =>
      net.createServer(() => undefined),
    );
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const hanging = await buildTestApp({
      NEO4J_URI: `bolt://127.0.0.1:${port}`,
      HEALTH_TIMEOUT_MS: 1500,
    });
    try {
      const started = performance.now();
      const response = await hanging.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      await hanging.close();
      silent.close();
    }
  });
});
