import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { GraphElements, isAuthority } from '@pag/graph-seed';
import { buildTestApp, testDriver } from './support/test-app';

describe('GET /api/graph', () => {
  let app: FastifyInstance;
  const driver = testDriver();

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
    await driver.close();
  });

  it('returns every stored node and relationship as Cytoscape elements', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/graph' });
    expect(response.statusCode).toBe(200);
    const body = GraphElements.parse(response.json());

    const stored = await driver.executeQuery('MATCH (n:Node) RETURN n.id AS id ORDER BY id');
    const storedRelationships = await driver.executeQuery(
      'MATCH (:Node)-[r]->(:Node) RETURN r.id AS id, type(r) AS type ORDER BY id',
    );
    expect(stored.records.length).toBeGreaterThan(0);
    expect(body.nodes.map((n) => n.data.id).sort()).toEqual(stored.records.map((r) => r.get('id')));
    expect(body.edges.map((e) => e.data.id).sort()).toEqual(
      storedRelationships.records.map((r) => r.get('id')),
    );
    expect(body.truncated).toBe(false);
  });

  it('marks lines of authority and carries Chinese labels', async () => {
    const body = GraphElements.parse(
      (await app.inject({ method: 'GET', url: '/api/graph' })).json(),
    );
    for (const edge of body.edges) expect(edge.data.authority).toBe(isAuthority(edge.data.type));
    expect(body.edges.some((e) => e.data.authority)).toBe(true);
    expect(body.nodes.find((n) => n.data.id === 'leading-party-members-groups')?.data.labelZh).toBe(
      '党组',
    );
  });

  it('caps the number of elements and says it did', async () => {
    const capped = await buildTestApp({ GRAPH_ELEMENT_LIMIT: 3 });
    try {
      const body = GraphElements.parse(
        (await capped.inject({ method: 'GET', url: '/api/graph' })).json(),
      );
      expect(body.nodes.length + body.edges.length).toBe(3);
      expect(body.truncated).toBe(true);
    } finally {
      await capped.close();
    }
  });
});
