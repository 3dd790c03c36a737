import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ChainsResponse,
  PARTY_CENTRE_ID,
  DOCUMENTED_BASES,
  GraphElements,
  TRACE_DEPTH,
  authorityEnds,
  relationshipTypes,
} from '@pag/graph-seed';
import { getOk } from './support/api-client';
import { build } from './support/build';

const chainIds = (body: ChainsResponse) =>
  body.chains.map((chain) => [chain.hops[0]?.from, ...chain.hops.map((hop) => hop.to)].join(' > '));

describe('GET /api/authority/:id', () => {
  it('traces state organs up to the CPC Central Committee, every hop sourced, going up and saying how strong it is', async () => {
    const app = await build();
    const body = await getOk(app, '/api/authority/state-organs', ChainsResponse);
    expect(body.chains.length).toBeGreaterThanOrEqual(3);
    expect(body.filter).toBeNull();
    for (const chain of body.chains) {
      expect(chain.hops[0]?.from).toBe('state-organs');
      expect(chain.hops.at(-1)?.to).toBe(PARTY_CENTRE_ID);
      for (const hop of chain.hops) {
        expect(hop.authority).toBe(true);
        expect(hop.sources.length).toBeGreaterThan(0);
        expect(hop.sources.every((s) => s.quote.length > 0 && s.locator.length > 0)).toBe(true);
        const edge = body.edges.find((e) => e.data.id === hop.edgeId);
        expect(edge).toBeDefined();
        expect(edge?.data).toMatchObject({ basis: hop.basis, modality: hop.modality });
        // Each hop climbs: it leaves the lower end of its line of authority.
        expect(authorityEnds(hop.type, edge?.data.source ?? '', edge?.data.target ?? '')).toEqual({
          above: hop.to,
          below: hop.from,
        });
      }
    }
    expect(chainIds(body)).toEqual(
      expect.arrayContaining([
        'state-organs > regulation-party-groups-2015 > politburo-meeting-2015-05-29 > cpc-political-bureau > cpc-central-committee',
        'state-organs > leading-party-members-groups > regulation-party-groups-2015 > politburo-meeting-2015-05-29 > cpc-political-bureau > cpc-central-committee',
      ]),
    );
    expect(body.nodes.map((n) => n.data.id)).toContain(PARTY_CENTRE_ID);
  });

  it("reaches the centre from social organizations only through the author's reading, which a basis filter leaves out and counts", async () => {
    const app = await build();
    const all = await getOk(app, '/api/authority/social-organizations', ChainsResponse);
    expect(chainIds(all)).toEqual([
      'social-organizations > regulation-party-groups-2015 > politburo-meeting-2015-05-29 > cpc-political-bureau > cpc-central-committee',
    ]);
    expect(all.chains[0]?.hops[0]).toMatchObject({ basis: 'author-reading', modality: 'must' });
    const documented = await getOk(
      app,
      `/api/authority/social-organizations?basis=${DOCUMENTED_BASES.join(',')}`,
      ChainsResponse,
    );
    expect(documented.chains).toEqual([]);
    expect(documented.filter).toEqual({ basis: [...DOCUMENTED_BASES], removed: 1 });
    // Every hop of what a filter keeps rests on a basis it allows.
    const kept = await getOk(
      app,
      `/api/authority/state-organs?basis=${DOCUMENTED_BASES.join(',')}`,
      ChainsResponse,
    );
    expect(kept.chains.length).toBeGreaterThan(0);
    expect(kept.filter?.removed).toBeGreaterThan(0);
    for (const hop of kept.chains.flatMap((chain) => chain.hops))
      expect(DOCUMENTED_BASES).toContain(hop.basis);
  });

  it('returns all distinct chains, shortest first, and bounds them by maxDepth', async () => {
    const app = await build();
    const all = await getOk(app, '/api/authority/state-organs', ChainsResponse);
    const lengths = all.chains.map((c) => c.hops.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const edgeSequences = all.chains.map((c) => c.hops.map((h) => h.edgeId).join(','));
    expect(new Set(edgeSequences).size).toBe(edgeSequences.length);

    const short = await getOk(app, '/api/authority/state-organs?maxDepth=4', ChainsResponse);
    expect(short.chains.length).toBeGreaterThan(0);
    expect(short.chains.length).toBeLessThan(all.chains.length);
    expect(short.chains.every((c) => c.hops.length <= 4)).toBe(true);

    const one = await getOk(app, '/api/authority/state-organs?limit=1', ChainsResponse);
    expect(one.chains).toHaveLength(1);
    expect(one.truncated).toBe(true);
  });

  it('finds, from every node, exactly the chains up that walking every relationship of the graph finds, in the same order', async () => {
    const app = await build();
    const graph = await getOk(app, '/api/graph', GraphElements);
    expect(graph.cut ?? null).toBeNull();
    // Every simple path up, by brute force over all relationships: against a `down` one, along
    // an `up` one; sorted by length, then by relationship ids.
    const allChainsUp = (start: string, maxDepth: number): string[][] => {
      const found: string[][] = [];
      const walk = (at: string, nodes: string[], rels: string[]) => {
        if (at === PARTY_CENTRE_ID && rels.length > 0) return void found.push(rels);
        if (rels.length === maxDepth) return;
        for (const { data } of graph.edges) {
          const authority = relationshipTypes[data.type].authority;
          const next =
            authority === 'down' && data.target === at
              ? data.source
              : authority === 'up' && data.source === at
                ? data.target
                : undefined;
          if (next !== undefined && !nodes.includes(next))
            walk(next, [...nodes, next], [...rels, data.id]);
        }
      };
      walk(start, [start], []);
      const key = (chain: string[]) => chain.join('\u0000');
      return found.sort(
        (a, b) => a.length - b.length || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
      );
    };
    const basis = graph.edges.filter(({ data }) => data.basis === 'provision');
    const allowed = new Set(basis.map(({ data }) => data.id));
    let withChains = 0;
    for (const { data: node } of graph.nodes) {
      for (const maxDepth of [3, TRACE_DEPTH.max]) {
        const expected = allChainsUp(node.id, maxDepth);
        const body = await getOk(
          app,
          `/api/authority/${node.id}?maxDepth=${maxDepth}&limit=5`,
          ChainsResponse,
        );
        expect(
          body.chains.map((c) => c.hops.map((h) => h.edgeId)),
          node.id,
        ).toEqual(expected.slice(0, 5));
        expect(body.truncated, node.id).toBe(expected.length > 5);
        const filtered = await getOk(
          app,
          `/api/authority/${node.id}?maxDepth=${maxDepth}&limit=5&basis=provision`,
          ChainsResponse,
        );
        const kept = expected.filter((chain) => chain.every((id) => allowed.has(id)));
        expect(
          filtered.chains.map((c) => c.hops.map((h) => h.edgeId)),
          node.id,
        ).toEqual(kept.slice(0, 5));
        expect(filtered.filter?.removed, node.id).toBe(Math.min(expected.length - kept.length, 5));
        if (expected.length > 0) withChains += 1;
      }
    }
    expect(withChains).toBeGreaterThan(20);
  });

  it('traces down from the Central Committee to what it reaches', async () => {
    const app = await build();
    const body = await getOk(
      app,
      `/api/authority/${PARTY_CENTRE_ID}?direction=down&maxDepth=${TRACE_DEPTH.max}`,
      ChainsResponse,
    );
    const reached = new Set(body.chains.map((c) => c.hops.at(-1)?.to));
    expect(reached).toContain('social-organizations');
    expect(reached).toContain('cppcc');
    // The Interim Provisions govern how public institutions' leading personnel are managed,
    // not the institutions themselves.
    expect(reached).toContain('public-institution-leader-management');
    expect(reached).not.toContain('public-institutions');
    // The paper names no line from the centre to enterprises or government departments: the
    // Party organizations in them are inspected, but it never says by whom.
    expect(reached).not.toContain('enterprises');
    expect(reached).not.toContain('government-departments');
    for (const chain of body.chains) expect(chain.hops[0]?.from).toBe(PARTY_CENTRE_ID);
  });

  it('finds no chain where no line of authority runs, and 404 for an unknown node', async () => {
    const app = await build();
    const none = await getOk(app, '/api/authority/xi-jinping', ChainsResponse);
    expect(none.chains).toEqual([]);
    const missing = await app.inject({ method: 'GET', url: '/api/authority/no-such-node' });
    expect(missing.statusCode).toBe(404);
    const bad = await app.inject({ method: 'GET', url: '/api/authority/cppcc?maxDepth=99' });
    expect(bad.statusCode).toBe(400);
    expect(ApiError.parse(bad.json()).error.parameter).toBe('maxDepth');
  });
});
