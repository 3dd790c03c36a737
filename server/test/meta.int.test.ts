import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { GraphElements, GraphMeta, PARTY_CENTRE_ID } from '@pag/graph-seed';
import { getOk } from './support/api-client';
import { buildTestApp } from './support/test-app';

describe('GET /api/meta', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(() => app.close());

  it('counts what the graph holds, says which types are authority, and names the data version', async () => {
    const meta = await getOk(app, '/api/meta', GraphMeta);
    const graph = await getOk(app, '/api/graph', GraphElements);
    expect(meta.counts.nodes).toBe(graph.nodes.length);
    expect(meta.counts.relationships).toBe(graph.edges.length);
    expect(meta.counts.sources).toBeGreaterThanOrEqual(12);
    expect(meta.partyCentre).toBe(PARTY_CENTRE_ID);
    expect(meta.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    const leads = meta.relationshipTypes.find((t) => t.type === 'LEADS');
    expect(leads).toMatchObject({ authority: true, direction: 'down', label: 'leads' });
    expect(meta.relationshipTypes.find((t) => t.type === 'BASED_ON')?.authority).toBe(false);
    const documents = meta.nodeKinds.find((k) => k.kind === 'document');
    expect(documents?.count).toBe(graph.nodes.filter((n) => n.data.kind === 'document').length);
  });
});
