import net from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ApiError } from '@pag/graph-seed';
import { build, buildWithoutDatabase } from './support/build';

/** Sends raw bytes to a listening app and reads everything it answers until it closes. */
const rawRequest = async (port: number, bytes: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });

/** The status and the parsed error body of a raw HTTP answer. */
const parseAnswer = (answer: string) => {
  const [head = '', body = ''] = answer.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head, error: ApiError.parse(JSON.parse(body)) };
};

const listen = async (app: Awaited<ReturnType<typeof buildWithoutDatabase>>) => {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening on a port');
  return address.port;
};

describe('security headers', () => {
  it('sets a strict content security policy, nosniff and no referrer on the app', async () => {
    const app = await buildWithoutDatabase();
    const response = await app.inject({ method: 'GET', url: '/api/no-such-route' });
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('lets the configuration say which sites may frame the app', async () => {
    const app = await build({ FRAME_ANCESTORS: "'self' https://news.example.org" });
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain(
      "frame-ancestors 'self' https://news.example.org",
    );
  });

  it('lets any site frame the read-only embed at /embed, and only it, unless configured', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'client-dist-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const policy = async (app: Awaited<ReturnType<typeof build>>, url: string) => {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      return String(response.headers['content-security-policy']);
    };
    const app = await build({ CLIENT_DIST: dir });
    expect(await policy(app, '/embed?node=social-organizations&trace=up')).toMatch(
      /frame-ancestors \*(;|$)/,
    );
    expect(await policy(app, '/embed/')).toMatch(/frame-ancestors \*(;|$)/);
    // The explorer itself stays framed only as FRAME_ANCESTORS says.
    expect(await policy(app, '/?node=social-organizations')).toContain("frame-ancestors 'self'");
    expect(await policy(app, '/embedded')).toContain("frame-ancestors 'self'");
    const newsroom = await build({
      CLIENT_DIST: dir,
      EMBED_FRAME_ANCESTORS: 'https://news.example.org',
    });
    expect(await policy(newsroom, '/embed')).toContain('frame-ancestors https://news.example.org');
  });

  it('gives the API docs page its own policy, which does not upgrade loopback http', async () => {
    const app = await buildWithoutDatabase();
    const response = await app.inject({ method: 'GET', url: '/api/docs' });
    expect(response.statusCode).toBe(200);
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});

describe('rate limiting', () => {
  it('answers 429 in the error shape with Retry-After past the per-client limit', async () => {
    const app = await build({ RATE_LIMIT_PER_MINUTE: 3 });
    for (let i = 0; i < 3; i++) {
      expect((await app.inject({ method: 'GET', url: '/api/meta' })).statusCode).toBe(200);
    }
    const limited = await app.inject({ method: 'GET', url: '/api/meta' });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(ApiError.parse(limited.json()).error).toMatchObject({ code: 'too_many_requests' });
    // Another client is not limited.
    const other = await app.inject({ method: 'GET', url: '/api/meta', remoteAddress: '10.0.0.2' });
    expect(other.statusCode).toBe(200);
  });

  it('is off when set to 0, and states the limit in headers when on', async () => {
    const off = await build({ RATE_LIMIT_PER_MINUTE: 0 });
    const free = await off.inject({ method: 'GET', url: '/api/health' });
    expect(free.statusCode).toBe(200);
    expect(free.headers['x-ratelimit-limit']).toBeUndefined();
    const on = await build({ RATE_LIMIT_PER_MINUTE: 3 });
    expect((await on.inject({ method: 'GET', url: '/api/health' })).headers).toMatchObject({
      'x-ratelimit-limit': '3',
      'x-ratelimit-remaining': '2',
    });
  });
});

describe('errors Node raises itself', () => {
  it('answers a request that is not HTTP with 400 in the error shape', async () => {
    const port = await listen(await buildWithoutDatabase());
    const answer = parseAnswer(await rawRequest(port, 'NOT HTTP AT ALL\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.error.error.code).toBe('bad_request');
  });

  it('answers headers that are too large with 431 in the error shape', async () => {
    const port = await listen(await buildWithoutDatabase());
    const answer = parseAnswer(
      await rawRequest(
        port,
        `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      ),
    );
    expect(answer.status).toBe(431);
    expect(answer.error.error.code).toBe('headers_too_large');
  });

  it('answers a body past the 64 kB limit with 413 in the error shape, before routing', async () => {
    const app = await buildWithoutDatabase();
    const post = (size: number) =>
      app.inject({
        method: 'POST',
        url: '/api/health',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ pad: 'a'.repeat(size) }),
      });
    const large = await post(70_000);
    expect(large.statusCode).toBe(413);
    expect(ApiError.parse(large.json()).error.code).toBe('payload_too_large');
    // Under the limit, the same request reaches routing, which has no POST route.
    const small = await post(1000);
    expect(small.statusCode).toBe(404);
    expect(ApiError.parse(small.json()).error.code).toBe('not_found');
  });
});

describe('source maps', () => {
  const clientDist = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'client-dist-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(path.join(dir, 'app.js'), 'console.log(1)\n//# sourceMappingURL=app.js.map');
    writeFileSync(path.join(dir, 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
    return dir;
  };

  it('are not served unless asked for', async () => {
    const app = await build({ CLIENT_DIST: clientDist() });
    expect((await app.inject({ method: 'GET', url: '/app.js' })).statusCode).toBe(200);
    const map = await app.inject({ method: 'GET', url: '/app.js.map' });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('secret.ts');
  });

  it('are served when SERVE_SOURCE_MAPS is true', async () => {
    const app = await build({ CLIENT_DIST: clientDist(), SERVE_SOURCE_MAPS: true });
    const map = await app.inject({ method: 'GET', url: '/app.js.map' });
    expect(map.statusCode).toBe(200);
    expect(map.body).toContain('secret.ts');
  });
});
