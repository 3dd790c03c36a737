import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  ChainsResponse,
  DOCUMENTED_BASES,
  EdgeDetail,
  PATH_COUNT,
  PATH_LENGTH_MAX,
  authorityEnds,
  type Chain,
} from '@pag/graph-seed';
import { openTestDriver, queryRows } from '../../test-support/test-database';
import { TURNS } from '../src/repositories/cypher-fragments';
import { getOk } from './support/api-client';
import { build } from './support/build';

/** The nodes a chain visits, in order. */
const visited = (chain: Chain) => [chain.hops[0]?.from ?? '', ...chain.hops.map((hop) => hop.to)];

/** Runs `task` over `items`, a few at a time. */
const inBatches = async <T>(
  items: readonly T[],
  size: number,
  task: (item: T) => Promise<void>,
) => {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map(task));
};

// Every simple path of up to PATH_LENGTH_MAX hops that turns at most once along the lines of
// authority, enumerated the slow, sure way.
const ALL_SIMPLE_LENGTHS = `
  MATCH p = (a:Node {id: $from})-[]-{1,${PATH_LENGTH_MAX}}(b:Node {id: $to})
  WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
    AND ${TURNS('p')} < 2
  RETURN length(p) AS length ORDER BY length LIMIT ${PATH_COUNT.max}`;

/** How many times a chain turns along the lines of authority, from up to down or back. */
const turns = (chain: Chain) => {
  const ways = chain.hops.flatMap((hop) => {
    const ends = authorityEnds(hop.type, hop.source, hop.target);
    return ends ? [ends.below === hop.from ? 'up' : 'down'] : [];
  });
  return ways.slice(1).filter((way, i) => way !== ways[i]).length;
};

describe('GET /api/paths', () => {
  it('returns the shortest and other paths between two bodies, each hop with evidence', async () => {
    const app = await build();
    const body = await getOk(
      app,
      '/api/paths?from=general-office-state-council&to=cpc-political-bureau&max=5&direction=any',
      ChainsResponse,
    );
    expect(body.chains.length).toBeGreaterThan(1);
    expect(body.chains.length).toBeLessThanOrEqual(5);
    const lengths = body.chains.map((c) => c.hops.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const chain of body.chains) {
      expect(chain.hops[0]?.from).toBe('general-office-state-council');
      expect(chain.hops.at(-1)?.to).toBe('cpc-political-bureau');
      for (const hop of chain.hops) expect(hop.sources[0]?.quote.length).toBeGreaterThan(0);
      // Consecutive hops join up.
      chain.hops.slice(1).forEach((hop, i) => expect(hop.from).toBe(chain.hops[i]?.to));
    }
  });

  it('between every two nodes of the seed graph, returns the shortest simple paths: no node twice, none left out', async () => {
    const app = await build();
    const driver = openTestDriver();
    const ids = (
      await queryRows(driver, 'MATCH (n:Node) RETURN n.id AS id', z.object({ id: z.string() }))
    ).map((row) => row.id);
    const pairs = ids.flatMap((from) => ids.filter((to) => to !== from).map((to) => [from, to]));
    expect(pairs.length).toBeGreaterThan(2000);
    let detours = 0;
    await inBatches(pairs, 6, async ([from = '', to = '']) => {
      const body = await getOk(
        app,
        `/api/paths?from=${from}&to=${to}&max=${PATH_COUNT.max}&direction=any`,
        ChainsResponse,
      );
      for (const chain of body.chains) {
        const nodes = visited(chain);
        if (new Set(nodes).size !== nodes.length) detours += 1;
        expect(nodes[0]).toBe(from);
        expect(nodes.at(-1)).toBe(to);
      }
      // The k shortest simple paths, as long as those an exhaustive search finds.
      const expected = await queryRows(
        driver,
        ALL_SIMPLE_LENGTHS,
        z.object({ length: z.number() }),
        { from, to },
      );
      expect(
        body.chains.map((chain) => chain.hops.length),
        `${from} → ${to}`,
      ).toEqual(expected.map((row) => row.length));
    });
    expect(detours).toBe(0);
  });

  it('says when more paths exist than were asked for, even at the most one may ask for', async () => {
    const app = await build();
    const body = await getOk(
      app,
      `/api/paths?from=party-committees&to=party-constitution&max=${PATH_COUNT.max}&direction=any`,
      ChainsResponse,
    );
    expect(body.chains).toHaveLength(PATH_COUNT.max);
    expect(body.truncated).toBe(true);
  });

  it('follows lines of authority only, down or up from the first node, when asked', async () => {
    const app = await build();
    for (const [direction, from, to] of [
      ['down', 'cpc-central-committee', 'social-organizations'],
      ['up', 'social-organizations', 'cpc-central-committee'],
    ] as const) {
      const body = await getOk(
        app,
        `/api/paths?from=${from}&to=${to}&direction=${direction}`,
        ChainsResponse,
      );
      expect(body.chains.length, direction).toBeGreaterThan(0);
      for (const hop of body.chains.flatMap((chain) => chain.hops)) {
        expect(hop.authority).toBe(true);
        const ends = authorityEnds(hop.type, hop.source, hop.target);
        // Down: each hop leaves the body above for the one below; up: the other way.
        expect(ends, hop.edgeId).toEqual(
          direction === 'down'
            ? { above: hop.from, below: hop.to }
            : { above: hop.to, below: hop.from },
        );
      }
    }
    // Against the lines of authority there is no such path.
    const against = await getOk(
      app,
      '/api/paths?from=social-organizations&to=cpc-central-committee&direction=down',
      ChainsResponse,
    );
    expect(against.chains).toEqual([]);
    // Over any relationship, the two are joined.
    const any = await getOk(
      app,
      '/api/paths?from=social-organizations&to=cpc-central-committee&direction=any',
      ChainsResponse,
    );
    expect(any.chains.length).toBeGreaterThan(0);
  });

  it('follows the lines of authority by default, up or down, every hop the same way', async () => {
    const app = await build();
    for (const [from, to, way] of [
      ['social-organizations', 'cpc-central-committee', 'up'],
      ['cpc-central-committee', 'social-organizations', 'down'],
    ] as const) {
      const body = await getOk(app, `/api/paths?from=${from}&to=${to}`, ChainsResponse);
      expect(body.chains.length, `${from} → ${to}`).toBeGreaterThan(0);
      for (const hop of body.chains.flatMap((chain) => chain.hops)) {
        const ends = authorityEnds(hop.type, hop.source, hop.target);
        expect(ends, hop.edgeId).toEqual(
          way === 'down' ? { above: hop.from, below: hop.to } : { above: hop.to, below: hop.from },
        );
      }
      const lengths = body.chains.map((chain) => chain.hops.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    }
  });

  it('over any relationship, leaves out paths that zig-zag through siblings', async () => {
    const app = await build();
    const body = await getOk(
      app,
      `/api/paths?from=social-organizations&to=public-institutions&direction=any&max=${PATH_COUNT.max}`,
      ChainsResponse,
    );
    expect(body.chains.length).toBeGreaterThan(0);
    for (const chain of body.chains) expect(turns(chain)).toBeLessThan(2);
    // Among all the simple paths between the two, some do zig-zag: they are what is left out.
    const driver = openTestDriver();
    const [zigzags] = await queryRows(
      driver,
      `MATCH p = (a:Node {id: $from})-[]-{1,${PATH_LENGTH_MAX}}(b:Node {id: $to})
       WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
         AND ${TURNS('p')} >= 2
       RETURN count(p) AS count`,
      z.object({ count: z.number() }),
      { from: 'social-organizations', to: 'public-institutions' },
    );
    expect(zigzags?.count).toBeGreaterThan(0);
  });

  it('says which way each relationship points, so a hop against its arrow reads the right way', async () => {
    const app = await build();
    const body = await getOk(
      app,
      '/api/paths?from=chambers-of-commerce&to=programme-association-separation-2015&direction=any',
      ChainsResponse,
    );
    const hops = body.chains.flatMap((chain) => chain.hops);
    const backward = hops.filter((hop) => !hop.forward);
    expect(backward.length).toBeGreaterThan(0);
    for (const hop of hops) {
      const edge = await getOk(app, `/api/edges/${hop.edgeId}`, EdgeDetail);
      // The hop names its relationship's own ends: it reads source → target, whichever way
      // the path travels.
      expect({ source: hop.source, target: hop.target }).toEqual({
        source: edge.source.id,
        target: edge.target.id,
      });
      expect(hop.forward).toBe(hop.from === hop.source);
      expect([hop.from, hop.to].sort()).toEqual([hop.source, hop.target].sort());
    }
    // The programme governs the chambers of commerce: reached from the chambers, against
    // the arrow.
    expect(backward[0]).toMatchObject({
      from: 'chambers-of-commerce',
      source: 'programme-association-separation-2015',
      target: 'chambers-of-commerce',
    });
  });

  it('keeps to the bases asked for, and says how many paths that left out', async () => {
    const app = await build();
    const url = '/api/paths?from=social-organizations&to=cpc-central-committee&direction=up';
    const all = await getOk(app, url, ChainsResponse);
    expect(all.filter).toBeNull();
    expect(all.chains.flatMap((c) => c.hops).map((h) => h.basis)).toContain('author-reading');
    const documented = await getOk(
      app,
      `${url}&basis=${DOCUMENTED_BASES.join(',')}`,
      ChainsResponse,
    );
    expect(documented.chains).toEqual([]);
    expect(documented.filter).toEqual({
      basis: [...DOCUMENTED_BASES],
      removed: all.chains.length,
    });
    const any = await getOk(
      app,
      '/api/paths?from=state-organs&to=cpc-central-committee&basis=provision,official-report,title-inference&direction=any',
      ChainsResponse,
    );
    expect(any.chains.length).toBeGreaterThan(0);
    for (const hop of any.chains.flatMap((c) => c.hops))
      expect(DOCUMENTED_BASES).toContain(hop.basis);
  });

  it('names the missing end with 404, and a bad bound or direction with 400', async () => {
    const app = await build();
    const missing = await app.inject({
      method: 'GET',
      url: '/api/paths?from=cppcc&to=no-such-node',
    });
    expect(missing.statusCode).toBe(404);
    expect(ApiError.parse(missing.json()).error.parameter).toBe('to');
    for (const [query, parameter] of [
      ['from=cppcc&to=enterprises&max=0', 'max'],
      [`from=cppcc&to=enterprises&max=${PATH_COUNT.max + 1}`, 'max'],
      ['from=cppcc&to=enterprises&direction=sideways', 'direction'],
      ['from=cppcc&to=enterprises&basis=provision,hearsay', 'basis'],
      ['from=cppcc', 'to'],
    ] as const) {
      const response = await app.inject({ method: 'GET', url: `/api/paths?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(ApiError.parse(response.json()).error.parameter).toBe(parameter);
    }
  });
});
