import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  DETAIL_RELATIONSHIPS_PER_GROUP,
  GraphElements,
  GraphMeta,
  groupId,
  NodeDetail,
  NodeGroups,
  OVERVIEW_ELEMENTS,
  Overview,
  RelationshipPage,
  relationshipTypes,
  RelationshipType,
} from '@pag/graph-seed';
import { openTestDriver, queryRows, testNeo4j } from '../../test-support/test-database';
import { BUSY_NODE } from '@pag/server/repositories/node.repository';
import { build, buildProxied } from '../../server/test/support/build';
import { getOk } from '../../server/test/support/api-client';
import { loadSynthetic, removeSynthetic } from '../src/synth/load-synthetic';

// The large-graph reads against a synthetic graph far larger than the views they return:
// 2,000 organizations and their committees, about 2,800 nodes, with a small element cap.

const typesGoing = (direction: 'down' | 'up') =>
  RelationshipType.options.filter((type) => relationshipTypes[type].authority === direction);
const DOWN = typesGoing('down').join('|');
const UP = typesGoing('up').join('|');

const count = z.object({ count: z.number() });
/** A count the test Neo4j gives (call it inside a test). */
const countOf = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await queryRows(openTestDriver(), cypher, count, params))[0]?.count ?? -1;

/** The committee with the most organizations that must accept its leadership. */
const BUSIEST = `
  MATCH (c:Node:Synthetic {kind: 'party-organ'})
  WITH c, COUNT { (c)<-[:MUST_ACCEPT_LEADERSHIP_OF]-(:Node {kind: 'governed-entity'}) } AS count
  RETURN c.id AS id, count ORDER BY count DESC, id LIMIT 1`;

/** The busiest committee and its count (call it inside a test). */
const busiestCommittee = async () => {
  const [row] = await queryRows(
    openTestDriver(),
    BUSIEST,
    z.object({ id: z.string(), count: z.number() }),
  );
  if (!row) throw new Error('No synthetic committee');
  return row;
};

describe('a graph too large to show whole', () => {
  beforeAll(() => loadSynthetic(testNeo4j(), { orgs: 2000, seed: 5 }));
  afterAll(() => removeSynthetic(testNeo4j()));

  it('ranks every node by its fewest hops of authority down from the Party centre', async () => {
    // A ranked node (but the centre) has a node one rank nearer directly above it and none
    // nearer still; an unranked one has no ranked node above it.
    const above = (n: string) => `
      [(${n})<-[:${DOWN}]-(a:Node) WHERE a.rank IS NOT NULL | a.rank] +
      [(${n})-[:${UP}]->(a:Node) WHERE a.rank IS NOT NULL | a.rank]`;
    expect(
      await countOf(`
        MATCH (n:Node) WHERE n.rank > 0
        WITH n, ${above('n')} AS ranks
        WHERE size(ranks) = 0 OR reduce(m = ranks[0], r IN ranks | CASE WHEN r < m THEN r ELSE m END) <> n.rank - 1
        RETURN count(n) AS count`),
    ).toBe(0);
    expect(
      await countOf(`
        MATCH (n:Node) WHERE n.rank IS NULL AND size(${above('n')}) > 0 RETURN count(n) AS count`),
    ).toBe(0);
    expect(
      await countOf('MATCH (n:Synthetic:Node) WHERE n.rank IS NULL RETURN count(n) AS count'),
    ).toBe(0);
  });

  it('cuts /api/graph by whole ranks from the centre, with the relationships between them, and says so', async () => {
    const limit = 600;
    const app = await build({ GRAPH_ELEMENT_LIMIT: limit });
    const view = await getOk(app, '/api/graph', GraphElements);
    const meta = await getOk(app, '/api/meta', GraphMeta);
    const cut = view.cut;
    expect(cut).toMatchObject({ rule: 'rank', totalNodes: meta.counts.nodes });
    if (!cut) return;
    expect(view.truncated).toBe(true);
    expect(view.nodes.length + view.edges.length).toBeLessThanOrEqual(limit);
    expect(cut.shownNodes).toBe(view.nodes.length);
    // Every node within the rank, and no other; the next rank would not have fitted.
    const within = await countOf('MATCH (n:Node) WHERE n.rank <= $rank RETURN count(n) AS count', {
      rank: cut.maxRank,
    });
    expect(view.nodes.length).toBe(within);
    const next = await countOf('MATCH (n:Node) WHERE n.rank <= $rank RETURN count(n) AS count', {
      rank: cut.maxRank + 1,
    });
    expect(next).toBeGreaterThan(limit / 2);
    // The relationships among them, all of them: a view with lines, not a row of dots.
    const shown = new Set(view.nodes.map((node) => node.data.id));
    for (const edge of view.edges) {
      expect(shown.has(edge.data.source) && shown.has(edge.data.target)).toBe(true);
    }
    const among = await countOf(
      `MATCH (a:Node)-[r]->(b:Node) WHERE a.rank <= $rank AND b.rank <= $rank RETURN count(r) AS count`,
      { rank: cut.maxRank },
    );
    expect(view.edges.length).toBe(among);
    expect(among).toBeGreaterThan(0);

    // Filtered by kind, the cut counts and keeps only those kinds.
    const organs = await getOk(app, '/api/graph?kinds=party-organ', GraphElements);
    expect(organs.nodes.every((node) => node.data.kind === 'party-organ')).toBe(true);
    expect(organs.cut?.totalNodes).toBe(
      meta.nodeKinds.find((kind) => kind.kind === 'party-organ')?.count,
    );
  });

  it('overviews the graph within its bound, counting what lies below the cut in groups', async () => {
    const app = await build();
    const overview = await getOk(app, '/api/overview', Overview);
    expect(overview.nodes.length + overview.edges.length).toBeLessThanOrEqual(OVERVIEW_ELEMENTS);
    const maxRank = overview.cut?.maxRank ?? -1;
    expect(maxRank).toBeGreaterThanOrEqual(1);
    const shown = new Set(overview.nodes.map((node) => node.data.id));
    expect(overview.groups.length).toBeGreaterThan(0);
    for (const group of overview.groups) {
      expect(shown.has(group.parent)).toBe(true);
      expect(group.count).toBeGreaterThan(0);
    }
    // Each group counts the nodes of its kind one rank further, joined to its parent so.
    const [group] = overview.groups.filter((g) => g.type === 'LEADS' && g.direction === 'out');
    expect(group).toBeDefined();
    if (!group) return;
    expect(
      await countOf(
        `MATCH (:Node {id: $parent})-[:LEADS]->(m:Node {kind: $kind}) WHERE m.rank > $rank RETURN count(m) AS count`,
        { parent: group.parent, kind: group.kind, rank: maxRank },
      ),
    ).toBe(group.count);
    // Every node one rank beyond the cut is in some group.
    const beyond = await countOf('MATCH (n:Node {rank: $rank}) RETURN count(n) AS count', {
      rank: maxRank + 1,
    });
    const grouped = await countOf(
      `MATCH (a:Node {rank: $rank})
       CALL (a) {
         MATCH (a)-[:${DOWN}]->(m:Node) WHERE m.rank > $rank RETURN m
         UNION MATCH (a)<-[:${UP}]-(m:Node) WHERE m.rank > $rank RETURN m
       }
       RETURN count(DISTINCT m) AS count`,
      { rank: maxRank },
    );
    expect(grouped).toBe(beyond);
  });

  it('counts what lies below any node in groups, as the overview does below its cut, so that a member drawn from a group opens in turn', async () => {
    const app = await build();
    const overview = await getOk(app, '/api/overview', Overview);
    const maxRank = overview.cut?.maxRank ?? -1;
    // A member of an overview group that has more below it: a node one rank beyond the cut.
    const [member] = await queryRows(
      openTestDriver(),
      `MATCH (n:Node {rank: $rank})<-[:MUST_ACCEPT_LEADERSHIP_OF]-(:Node)
       RETURN DISTINCT n.id AS id ORDER BY id LIMIT 1`,
      z.object({ id: z.string() }),
      { rank: maxRank + 1 },
    );
    if (!member) throw new Error('No node below the cut with more below it');
    const below = await getOk(app, `/api/nodes/${member.id}/groups`, NodeGroups);
    expect(below.id).toBe(member.id);
    expect(below.groups.length).toBeGreaterThan(0);
    for (const group of below.groups) {
      expect(group.parent).toBe(member.id);
      expect(group.id).toBe(groupId(group));
      // As many as a group's pages hold, and each one rank further than the member.
      const page = await getOk(
        app,
        `/api/nodes/${member.id}/relationships?type=${group.type}&direction=${group.direction}&kind=${group.kind}&below=true&limit=200`,
        RelationshipPage,
      );
      expect(page.total, group.id).toBe(group.count);
      const further = await countOf(
        'MATCH (n:Node) WHERE n.id IN $ids AND n.rank = $rank RETURN count(n) AS count',
        { ids: page.relationships.map((r) => r.other.id), rank: maxRank + 2 },
      );
      expect(further, group.id).toBe(page.relationships.length);
    }
    // Every relationship of authority from it down to a node further from the centre is counted.
    const counted = below.groups.reduce((sum, group) => sum + group.count, 0);
    expect(counted).toBe(
      await countOf(
        `MATCH (a:Node {id: $id})
         CALL (a) {
           MATCH (a)-[:${DOWN}]->(m:Node) WHERE m.rank > a.rank RETURN m
           UNION ALL MATCH (a)<-[:${UP}]-(m:Node) WHERE m.rank > a.rank RETURN m
         }
         RETURN count(m) AS count`,
        { id: member.id },
      ),
    );

    // A node with relationships of one type both to nodes below it and to nodes ranked no
    // further (a civil-affairs bureau supervises its county's organizations, ranked as it is
    // by their committee, and the townships' below it): its group counts only those below,
    // and the group's pages (below=true) bring those and no others.
    const [mixed] = await queryRows(
      openTestDriver(),
      `MATCH (n:Node:Synthetic)-[:SUPERVISES]->(m:Node) WHERE m.rank <= n.rank
       WITH DISTINCT n WHERE EXISTS { (n)-[:SUPERVISES]->(o:Node) WHERE o.rank > n.rank }
       RETURN n.id AS id, n.rank AS rank ORDER BY id LIMIT 1`,
      z.object({ id: z.string(), rank: z.number() }),
    );
    if (!mixed) throw new Error('No node supervising some nodes below it and some not');
    const supervised = (await getOk(app, `/api/nodes/${mixed.id}/groups`, NodeGroups)).groups.find(
      (g) => g.type === 'SUPERVISES',
    );
    if (!supervised) throw new Error(`No SUPERVISES group below ${mixed.id}`);
    const pageUrl = `/api/nodes/${mixed.id}/relationships?type=SUPERVISES&direction=out&kind=${supervised.kind}&limit=200`;
    const all = await getOk(app, pageUrl, RelationshipPage);
    expect(all.below).toBe(false);
    expect(all.total).toBeGreaterThan(supervised.count);
    const seen = new Set<string>();
    for (let offset = 0; offset < supervised.count; offset += 200) {
      const page = await getOk(app, `${pageUrl}&below=true&offset=${offset}`, RelationshipPage);
      expect(page.below).toBe(true);
      expect(page.total).toBe(supervised.count);
      for (const rel of page.relationships) seen.add(rel.other.id);
    }
    expect(seen.size).toBe(supervised.count);
    expect(
      await countOf(
        'MATCH (n:Node) WHERE n.id IN $ids AND n.rank > $rank RETURN count(n) AS count',
        { ids: [...seen], rank: mixed.rank },
      ),
    ).toBe(supervised.count);

    // A node with nothing below it has no groups; an unknown node is 404, a bad id 400.
    const [leaf] = await queryRows(
      openTestDriver(),
      `MATCH (n:Node:Synthetic {kind: 'governed-entity'})
       WHERE NOT EXISTS { (n)-[:${DOWN}]->(:Node) } AND NOT EXISTS { (n)<-[:${UP}]-(:Node) }
       RETURN n.id AS id LIMIT 1`,
      z.object({ id: z.string() }),
    );
    if (!leaf) throw new Error('No synthetic organization with nothing below it');
    expect(await getOk(app, `/api/nodes/${leaf.id}/groups`, NodeGroups)).toEqual({
      id: leaf.id,
      groups: [],
    });
    const unknown = await app.inject({ method: 'GET', url: '/api/nodes/no-such-node/groups' });
    expect(unknown.statusCode).toBe(404);
    expect(ApiError.parse(unknown.json()).error.message).toContain('no-such-node');
    const bad = await app.inject({ method: 'GET', url: '/api/nodes/Not_An_Id/groups' });
    expect(bad.statusCode).toBe(400);
  });

  it('details a busy node with counts and a first page, and pages through the rest', async () => {
    const busiest = await busiestCommittee();
    expect(busiest.count).toBeGreaterThan(3 * DETAIL_RELATIONSHIPS_PER_GROUP);
    const app = await build();
    const detail = await getOk(app, `/api/nodes/${busiest.id}`, NodeDetail);
    const group = detail.relationshipGroups.find(
      (g) => g.type === 'MUST_ACCEPT_LEADERSHIP_OF' && g.direction === 'in',
    );
    const degree = await countOf(
      'MATCH (:Node {id: $id})<-[r:MUST_ACCEPT_LEADERSHIP_OF]-() RETURN count(r) AS count',
      { id: busiest.id },
    );
    expect(group).toEqual({
      type: 'MUST_ACCEPT_LEADERSHIP_OF',
      direction: 'in',
      total: degree,
      listed: DETAIL_RELATIONSHIPS_PER_GROUP,
    });
    // Every group lists its first page, and the detail no more than that, each relationship
    // with its evidence.
    for (const g of detail.relationshipGroups) {
      const listed = detail.relationships.filter(
        (r) => r.type === g.type && r.direction === g.direction,
      );
      expect(listed.length).toBe(g.listed);
    }
    for (const relationship of detail.relationships) {
      expect(relationship.sources.length, relationship.id).toBeGreaterThan(0);
    }

    // Busy, its first pages were read by a query naming each group's type; "show more" goes on
    // where they stop.
    expect(detail.relationshipGroups.reduce((sum, g) => sum + g.total, 0)).toBeGreaterThan(
      BUSY_NODE,
    );
    const next = await getOk(
      app,
      `/api/nodes/${busiest.id}/relationships?type=MUST_ACCEPT_LEADERSHIP_OF&direction=in&offset=0&limit=${2 * DETAIL_RELATIONSHIPS_PER_GROUP}`,
      RelationshipPage,
    );
    const firstPage = detail.relationships.filter((r) => r.type === 'MUST_ACCEPT_LEADERSHIP_OF');
    expect(firstPage.map((r) => r.id).sort()).toEqual(
      next.relationships
        .slice(0, DETAIL_RELATIONSHIPS_PER_GROUP)
        .map((r) => r.id)
        .sort(),
    );

    // The pages of the organizations below it, of one kind: each once, as many as counted.
    const seen = new Set<string>();
    let total = -1;
    for (let offset = 0; total < 0 || offset < total; offset += 40) {
      const page = await getOk(
        app,
        `/api/nodes/${busiest.id}/relationships?type=MUST_ACCEPT_LEADERSHIP_OF&direction=in&kind=governed-entity&offset=${offset}&limit=40`,
        RelationshipPage,
      );
      total = page.total;
      expect(page.relationships.length).toBe(Math.min(40, total - offset));
      for (const relationship of page.relationships) {
        expect(relationship.other.kind).toBe('governed-entity');
        expect(relationship.sources.length).toBeGreaterThan(0);
        seen.add(relationship.id);
      }
    }
    expect(total).toBe(busiest.count);
    expect(seen.size).toBe(busiest.count);
  });

  it('refuses a bad page request by naming the parameter, and an unknown node with 404', async () => {
    const busiest = await busiestCommittee();
    const app = await build();
    const base = `/api/nodes/${busiest.id}/relationships`;
    for (const [query, parameter] of [
      ['direction=in', 'type'],
      ['type=LEADS&direction=sideways', 'direction'],
      ['type=LEADS&direction=in&limit=100000', 'limit'],
      ['type=LEADS&direction=in&offset=-1', 'offset'],
      ['type=LEADS&direction=in&kind=planet', 'kind'],
      ['type=LEADS&direction=in&below=yes', 'below'],
    ] as const) {
      const response = await app.inject({ method: 'GET', url: `${base}?${query}` });
      expect(response.statusCode, query).toBe(400);
      expect(ApiError.parse(response.json()).error.parameter, query).toBe(parameter);
    }
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/nodes/no-such-node/relationships?type=LEADS&direction=in',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('answers a repeated read with its ETag as 304, and from memory, without asking the database', async () => {
    const busiest = await busiestCommittee();
    const { app, proxy } = await buildProxied({ DATA_STAMP_MAX_AGE_MS: 60_000 });
    const url = `/api/nodes/${busiest.id}`;
    const first = await app.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    // The database hangs: what the app already knows, it still answers.
    proxy.paused = true;
    const revalidated = await app.inject({
      method: 'GET',
      url,
      headers: { 'if-none-match': String(etag) },
    });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    const repeated = await app.inject({ method: 'GET', url });
    expect(repeated.statusCode).toBe(200);
    expect(repeated.body).toBe(first.body);
    expect(repeated.headers.etag).toBe(etag);
    // What it does not know, it must ask for, and cannot.
    const other = await app.inject({ method: 'GET', url: '/api/nodes/synth-org-1' });
    expect(other.statusCode).toBe(503);
    proxy.paused = false;
    // Another request has another ETag; the health of the database is never cached.
    const search = await app.inject({ method: 'GET', url: '/api/search?q=committee' });
    expect(search.headers.etag).not.toBe(etag);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).headers.etag).toBeUndefined();
  });

  it('changes its ETags and forgets its answers when the data changes', async () => {
    const app = await build({ DATA_STAMP_MAX_AGE_MS: 0 });
    const before = await app.inject({ method: 'GET', url: '/api/meta' });
    await loadSynthetic(testNeo4j(), { orgs: 2000, seed: 6 });
    const after = await app.inject({
      method: 'GET',
      url: '/api/meta',
      headers: { 'if-none-match': String(before.headers.etag) },
    });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const meta = GraphMeta.parse(after.json());
    expect(meta.syntheticNodes).toBeGreaterThan(0);
    const scanned = await countOf('MATCH (n:Synthetic:Node) RETURN count(n) AS count');
    expect(meta.syntheticNodes).toBe(scanned);
  });

  it('tells readers, from the first record changed to the last, that the synthetic graph is incomplete, and answers them afresh meanwhile', async () => {
    const app = await build();
    const before = await getOk(app, '/api/meta', GraphMeta);
    expect(before.syntheticLoading).toBe(false);
    const seen: { nodes: number; loading: boolean }[] = [];
    const load = { finished: false };
    const loading = loadSynthetic(testNeo4j(), { orgs: 2000, seed: 7 }).finally(() => {
      load.finished = true;
    });
    while (!load.finished) {
      const meta = await getOk(app, '/api/meta', GraphMeta);
      seen.push({ nodes: meta.syntheticNodes, loading: meta.syntheticLoading });
    }
    await loading;
    const after = await getOk(app, '/api/meta', GraphMeta);
    expect(after.syntheticLoading).toBe(false);
    // Readers saw it part-written, and were told so; told nothing, they saw it whole.
    expect(seen.some((s) => s.loading && s.nodes !== after.syntheticNodes)).toBe(true);
    // Meanwhile nothing is answered from memory: they saw it change, removed then written.
    expect(new Set(seen.filter((s) => s.loading).map((s) => s.nodes)).size).toBeGreaterThan(1);
    for (const s of seen.filter((s) => !s.loading)) {
      expect([before.syntheticNodes, after.syntheticNodes]).toContain(s.nodes);
    }
  });
});
