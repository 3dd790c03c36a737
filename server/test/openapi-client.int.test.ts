import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished, describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import { build } from './support/build';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = promisify(execFile);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

/** A small client written against the generated types, as an API user would write one. */
const CLIENT = `import type { operations, paths } from './api.js';

type NodeDetail = operations['getNode']['responses'][200]['content']['application/json'];
type SearchResults = operations['search']['responses'][200]['content']['application/json'];
type NodeId = paths['/api/nodes/{id}']['get']['parameters']['path']['id'];

export const getNode = async (base: string, id: NodeId): Promise<NodeDetail> =>
  (await (await fetch(\`\${base}/api/nodes/\${encodeURIComponent(id)}\`)).json()) as NodeDetail;

export const search = async (base: string, q: string): Promise<SearchResults> =>
  (await (await fetch(\`\${base}/api/search?q=\${encodeURIComponent(q)}\`)).json()) as SearchResults;

/** What a person reads of a node: its names and its first quote. */
export const summary = (detail: NodeDetail) => ({
  name: detail.node.name,
  nameZh: detail.node.nameZh,
  kind: detail.node.kind,
  quote: detail.sources[0]?.quote ?? null,
});

// The types are the API's, not \`any\`: a field it does not have is an error.
// @ts-expect-error -- no such field
export const wrong = (detail: NodeDetail) => detail.node.nope;

const [base = ''] = process.argv.slice(2);
if (base) {
  const detail = await getNode(base, 'social-organizations');
  const found = await search(base, 'dangzu');
  console.log(JSON.stringify({ ...summary(detail), firstHit: found.results[0]?.id ?? null }));
}
`;

describe('the OpenAPI document, for generated clients', () => {
  it('names every operation, says where it is served and that it is public, and has examples', async () => {
    const app = await build();
    const spec = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      servers: unknown[];
      security: unknown[];
      info: { license?: { name: string } };
      paths: Record<
        string,
        Record<string, { operationId?: string; parameters?: { schema: { example?: unknown } }[] }>
      >;
    }>();
    expect(spec.servers).toEqual([{ url: '/', description: expect.any(String) as unknown }]);
    expect(spec.security).toEqual([]);
    expect(spec.info.license?.name).toBe('MIT');
    const operations = Object.values(spec.paths).flatMap((path) => Object.values(path));
    const ids = operations.map((operation) => operation.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(spec.paths['/api/nodes/{id}']?.get?.parameters?.[0]?.schema.example).toBe(
      'social-organizations',
    );
  });

  it('generates TypeScript types that a small client type-checks against and runs with', async () => {
    const app = await build();
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const spec = (await (await fetch(`${base}/api/docs/json`)).json()) as Parameters<
      typeof openapiTS
    >[0];
    const dir = mkdtempSync(path.join(tmpdir(), 'openapi-client-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(path.join(dir, 'api.ts'), astToString(await openapiTS(spec)));
    writeFileSync(path.join(dir, 'client.ts'), CLIENT);
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    // Type-checks strictly; fails on any error (the expected one included, were it missing).
    const check = spawnSync(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--target',
        'es2022',
        '--module',
        'nodenext',
        '--lib',
        'es2022,dom',
        '--types',
        'node',
        path.join(dir, 'client.ts'),
      ],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(check.stdout + check.stderr).toBe('');
    expect(check.status).toBe(0);
    // Run without blocking: the server answering it lives in this process.
    const { stdout: output } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(dir, 'client.ts'), base],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(JSON.parse(output)).toMatchObject({
      name: 'Social organizations',
      nameZh: '社会组织',
      kind: 'governed-entity',
      quote: expect.any(String) as unknown,
      firstHit: 'leading-party-members-groups',
    });
  });
});
