import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildWithoutDatabase } from './support/build';

describe('OpenAPI docs at /api/docs', () => {
  it('documents every endpoint with its parameters and responses', async () => {
    const app = await buildWithoutDatabase();
    const response = await app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const spec = z
      .object({
        paths: z.record(
          z.string(),
          z.object({
            get: z
              .object({
                parameters: z.array(z.object({ name: z.string() })).optional(),
                responses: z.record(z.string(), z.unknown()),
              })
              .optional(),
            post: z
              .object({
                requestBody: z.object({ content: z.record(z.string(), z.unknown()) }),
                responses: z.record(z.string(), z.unknown()),
              })
              .optional(),
          }),
        ),
      })
      .parse(response.json());
    expect(Object.keys(spec.paths).sort()).toEqual([
      '/api/authority/{id}',
      '/api/edges/{id}',
      '/api/graph',
      '/api/health',
      '/api/meta',
      '/api/nodes/{id}',
      '/api/nodes/{id}/groups',
      '/api/nodes/{id}/relationships',
      '/api/overview',
      '/api/paths',
      '/api/search',
      '/api/sources/{id}',
      '/api/versions',
      '/api/versions/{version}/changes',
      '/api/view-records',
    ]);
    // Every path is read with GET, but for the records of a view, whose ids are its body.
    for (const [name, path] of Object.entries(spec.paths))
      expect(Boolean(path.get) !== Boolean(path.post), name).toBe(true);
    const records = spec.paths['/api/view-records']?.post;
    expect(Object.keys(records?.requestBody.content ?? {})).toEqual(['application/json']);
    expect(Object.keys(records?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '413', '503']),
    );
    const search = spec.paths['/api/search']?.get;
    expect(search?.parameters?.map((p) => p.name).sort()).toEqual(['limit', 'q']);
    expect(Object.keys(spec.paths['/api/nodes/{id}']?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '404', '503']),
    );
  });

  it('serves the interactive page', async () => {
    const app = await buildWithoutDatabase();
    const response = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
