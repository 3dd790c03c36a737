import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ApiError,
  EdgeDetail,
  NodeDetail,
  NodeGroups,
  PARTY_CENTRE_ID,
  RelationshipPage,
} from '@pag/graph-seed';
import { openTestDriver, queryRows } from '../../test-support/test-database';
import { getOk } from './support/api-client';
import { build } from './support/build';

describe('GET /api/nodes/:id and /api/edges/:id', () => {
  it('returns a node with names, aliases, its quoted sources and its relationships', async () => {
    const app = await build();
    const body = await getOk(app, '/api/nodes/leading-party-members-groups', NodeDetail);
    expect(body.node).toMatchObject({
      id: 'leading-party-members-groups',
      kind: 'party-organ',
      nameZh: '党组',
    });
    expect(body.node.aliasesByEditors).toContain('Party Groups');
    expect(body.sources.map((s) => s.quote)).toContain(
      "Leading Party Members' Group is the representative organ dispatched by Party Organizations.",
    );
    const footnote = body.sources.find(
      (s) => s.sourceId === 'people-renshi-2015-06-03-party-groups',
    );
    expect(footnote?.url).toBe('http://renshi.people.com.cn/n/2015/0603/c139617-27099733.html');
    expect(footnote?.locator).toBe('fn. 3 (working paper §1)');

    const accepts = body.relationships.find((r) => r.type === 'MUST_ACCEPT_LEADERSHIP_OF');
    expect(accepts).toMatchObject({
      direction: 'out',
      authority: true,
      other: { id: 'party-organizations' },
    });
    expect(accepts?.sources[0]?.quote).toContain(
      'must accept the leadership of the Party organization',
    );
    const governs = body.relationships.find((r) => r.type === 'GOVERNS');
    expect(governs).toMatchObject({
      direction: 'in',
      other: { id: 'regulation-party-groups-2015' },
    });
    for (const relationship of body.relationships)
      expect(relationship.sources.length).toBeGreaterThan(0);
  });

  it('counts what lies below a node in groups whose pages bring each node one rank further, every one of them', async () => {
    // In the curated graph: what lies below the Party centre is everything ranked 1.
    const app = await build();
    const below = await getOk(app, `/api/nodes/${PARTY_CENTRE_ID}/groups`, NodeGroups);
    expect(below.groups.length).toBeGreaterThan(1);
    const reached = new Set<string>();
    for (const group of below.groups) {
      const page = await getOk(
        app,
        `/api/nodes/${PARTY_CENTRE_ID}/relationships?type=${group.type}&direction=${group.direction}&kind=${group.kind}&below=true&limit=200`,
        RelationshipPage,
      );
      expect(page.total, group.id).toBe(group.count);
      expect(page.relationships.length, group.id).toBe(group.count);
      for (const rel of page.relationships) {
        expect(rel.other.kind, group.id).toBe(group.kind);
        reached.add(rel.other.id);
      }
    }
    const rankedOne = await queryRows(
      openTestDriver(),
      'MATCH (n:Node {rank: 1}) RETURN n.id AS id',
      z.object({ id: z.string() }),
    );
    expect([...reached].sort()).toEqual(rankedOne.map((row) => row.id).sort());
  });

  it('returns document fields with the date precision', async () => {
    const app = await build();
    const body = await getOk(app, '/api/nodes/regulation-party-groups-2015', NodeDetail);
    expect(body.node).toMatchObject({
      documentType: 'regulation',
      date: '2015-05-29',
      datePrecision: 'day',
      status: 'trial',
      nameZh: '中国共产党党组工作条例（试行）',
    });
    const opinion = await getOk(app, '/api/nodes/opinion-community-negotiation-2015', NodeDetail);
    expect(opinion.node).toMatchObject({ date: '2015-07', datePrecision: 'month' });
  });

  it("marks names the editors supplied, and gives an amended document's version", async () => {
    const app = await build();
    const regulations = await getOk(app, '/api/nodes/regulations-inspection-2015', NodeDetail);
    expect(regulations.node).toMatchObject({
      nameZh: '中国共产党巡视工作条例',
      nameZhByEditors: true,
    });
    expect(regulations.node.aliases).toContain('党组巡视条例');
    const constitution = await getOk(app, '/api/nodes/party-constitution', NodeDetail);
    expect(constitution.node.version).toMatch(/18th National Congress/);
    expect(constitution.node.aliasesByEditors).toContain('党章');
    // The paper prints the Regulation's Chinese title: a sourced name, not the editors'.
    const regulation = await getOk(app, '/api/nodes/regulation-party-groups-2015', NodeDetail);
    expect(regulation.node).toMatchObject({ nameZhByEditors: false, version: null });
    expect(regulation.node.nameZh).toMatch(/^中国共产党党组工作条例/);
  });

  it('says how strongly each relationship is sourced, on the node and on the edge', async () => {
    const app = await build();
    const edge = await getOk(
      app,
      '/api/edges/party-constitution-provides-group-in-state-organs',
      EdgeDetail,
    );
    expect(edge.edge).toMatchObject({ basis: 'provision', modality: 'may', modalityNote: null });
    const node = await getOk(app, '/api/nodes/party-constitution', NodeDetail);
    const same = node.relationships.find((r) => r.id === edge.edge.id);
    expect(same).toMatchObject({ basis: 'provision', modality: 'may' });
  });

  it('returns a relationship with its ends, how it reads and its evidence', async () => {
    const app = await build();
    const body = await getOk(app, '/api/edges/cppcc-party-groups-lead-cppcc', EdgeDetail);
    expect(body.edge).toMatchObject({ type: 'LEADS', label: 'leads', authority: true });
    expect(body.edge.document).toBe('opinion-cppcc-deliberative-democracy-2015');
    expect(body.source.id).toBe('cppcc-party-groups');
    expect(body.target).toMatchObject({ id: 'cppcc', nameZh: '中国人民政治协商会议' });
    expect(body.sources[0]).toMatchObject({
      quote:
        'The Opinion points out that Party Groups shall play the role of leadership in the CPPCC.',
      url: 'http://cpc.people.com.cn/n/2015/0626/c64387-27212847.html',
    });
  });

  it('answers 404 for an unknown id and 400 for a malformed one, in the one error shape', async () => {
    const app = await build();
    for (const url of ['/api/nodes/no-such-node', '/api/edges/no-such-edge']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(ApiError.parse(response.json()).error).toMatchObject({
        code: 'not_found',
        parameter: 'id',
      });
    }
    const bad = await app.inject({ method: 'GET', url: '/api/nodes/Not%20An%20Id' });
    expect(bad.statusCode).toBe(400);
    expect(ApiError.parse(bad.json()).error).toMatchObject({
      code: 'bad_request',
      parameter: 'id',
    });
  });
});
