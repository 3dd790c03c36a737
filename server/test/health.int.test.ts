import net from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { build, buildProxied } from './support/build';

describe('GET /api/health', () => {
  it('answers 200 with neo4j up while Neo4j answers', async () => {
    const app = await build({ HEALTH_TIMEOUT_MS: 1500 });
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });

  it('answers 503 within 2 seconds when Neo4j cannot be reached, and 200 again once it is back', async () => {
    const { app, proxy } = await buildProxied({ HEALTH_TIMEOUT_MS: 1500 });
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
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => void silent.close());
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP port');
    const hanging = await build({
      NEO4J_URI: `bolt://127.0.0.1:${address.port}`,
      HEALTH_TIMEOUT_MS: 1500,
    });
    const started = performance.now();
    const response = await hanging.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
