import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, GraphElements, GraphMeta, PARTY_CENTRE_ID, isAuthority } from '@pag/graph-seed';
import { build } from './support/build';
import { openTestDriver, queryRows } from '../../test-support/test-database';

describe('GET /api/graph', () => {
  it('returns every stored node and relationship as Cytoscape elements', async () => {
    const app = await build();
    const driver = openTestDriver();
    const response = await app.inject({ method: 'GET', url: '/api/graph' });
    expect(response.statusCode).toBe(200);
    const body = GraphElements.parse(response.json());

    const Ids = z.object({ id: z.string() });
    const stored = await queryRows(driver, 'MATCH (n:Node) RETURN n.id AS id ORDER BY id', Ids);
    const storedRelationships = await queryRows(
      driver,
      'MATCH (:Node)-[r]->(:Node) RETURN r.id AS id ORDER BY id',
      Ids,
    );
    expect(stored.length).toBeGreaterThan(0);
    expect(body.nodes.map((n) => n.data.id).sort()).toEqual(stored.map((r) => r.id));
    expect(body.edges.map((e) => e.data.id).sort()).toEqual(storedRelationships.map((r) => r.id));
    expect(body.truncated).toBe(false);
  });

  it('marks lines of authority and carries Chinese names', async () => {
    const app = await build();
    const body = GraphElements.parse(
      (await app.inject({ method: 'GET', url: '/api/graph' })).json(),
    );
    for (const edge of body.edges) expect(edge.data.authority).toBe(isAuthority(edge.data.type));
    expect(body.edges.some((e) => e.data.authority)).toBe(true);
    expect(body.nodes.find((n) => n.data.id === 'leading-party-members-groups')?.data.nameZh).toBe(
      '党组',
    );
  });

  it('shows the graph whole when its nodes fit the cap, and says it was not cut', async () => {
    const app = await build();
    const body = GraphElements.parse(
      (await app.inject({ method: 'GET', url: '/api/graph' })).json(),
    );
    expect(body.truncated).toBe(false);
    expect(body.cut).toBeNull();
  });

  it('cuts a graph with more nodes than the cap by rank from the Party centre, and says so', async () => {
    const capped = await build({ GRAPH_ELEMENT_LIMIT: 3 });
    const body = GraphElements.parse(
      (await capped.inject({ method: 'GET', url: '/api/graph' })).json(),
    );
    const meta = GraphMeta.parse((await capped.inject({ method: 'GET', url: '/api/meta' })).json());
    // Rank 1 (what the centre leads directly) does not fit in 3: the centre alone.
    expect(body.nodes.map((node) => node.data.id)).toEqual([PARTY_CENTRE_ID]);
    expect(body.truncated).toBe(true);
    expect(body.cut).toEqual({
      rule: 'rank',
      maxRank: 0,
      shownNodes: 1,
      totalNodes: meta.counts.nodes,
    });
  });
});

describe('GET /api/graph filters', () => {
  const view = async (query: string) => {
    const app = await build();
    const response = await app.inject({ method: 'GET', url: `/api/graph?${query}` });
    expect(response.statusCode).toBe(200);
    return GraphElements.parse(response.json());
  };

  it('keeps only the node kinds asked for, and the edges between them', async () => {
    const body = await view('kinds=party-organ,governed-entity');
    expect(new Set(body.nodes.map((n) => n.data.kind))).toEqual(
      new Set(['party-organ', 'governed-entity']),
    );
    const ids = new Set(body.nodes.map((n) => n.data.id));
    for (const edge of body.edges)
      expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
  });

  it('keeps only the relationship types asked for, and the nodes they join', async () => {
    const body = await view('relTypes=ISSUED_BY');
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges.every((e) => e.data.type === 'ISSUED_BY')).toBe(true);
    const linked = new Set(body.edges.flatMap((e) => [e.data.source, e.data.target]));
    expect(body.nodes.every((n) => linked.has(n.data.id))).toBe(true);
  });

  it('shows only what one document establishes', async () => {
    const body = await view('document=opinion-cppcc-deliberative-democracy-2015');
    expect(body.nodes.map((n) => n.data.id).sort()).toEqual([
      'cppcc',
      'cppcc-party-groups',
      'general-office-cpc-central-committee',
      'opinion-cppcc-deliberative-democracy-2015',
    ]);
    expect(body.edges).toHaveLength(3);
  });

  it('limits documents to a date range, with the relationships they state and their ends', async () => {
    const body = await view('from=2015-07&to=2015-07');
    const documents = body.nodes.filter((n) => n.data.kind === 'document').map((n) => n.data.id);
    expect(documents.sort()).toEqual([
      'opinion-community-negotiation-2015',
      'programme-association-separation-2015',
    ]);
    expect(body.edges.some((e) => e.data.id.startsWith('opinion-cppcc'))).toBe(false);
    // The CPPCC's Party groups lead the CPPCC only by the excluded June opinion.
    expect(body.edges.some((e) => e.data.id === 'cppcc-party-groups-lead-cppcc')).toBe(false);
    const ends = new Set(body.edges.flatMap((e) => [e.data.source, e.data.target]));
    expect(body.nodes.every((n) => ends.has(n.data.id))).toBe(true);
  });

  it('names the parameter at fault', async () => {
    const app = await build();
    for (const [query, parameter] of [
      ['kinds=party-organ,planet', 'kinds'],
      ['relTypes=OWNS', 'relTypes'],
      ['from=2015-13', 'from'],
      ['document=Not%20an%20id', 'document'],
    ] as const) {
      const response = await app.inject({ method: 'GET', url: `/api/graph?${query}` });
      expect(response.statusCode).toBe(400);
      expect(ApiError.parse(response.json()).error.parameter).toBe(parameter);
    }
  });
});
