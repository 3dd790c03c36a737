import { describe, expect, it } from 'vitest';
import {
  ApiError,
  GraphElements,
  VIEW_RECORDS_MAX,
  ViewRecords,
  type ViewRecordsRequest,
} from '@pag/graph-seed';
import { getOk } from './support/api-client';
import { build } from './support/build';

const post = (app: Awaited<ReturnType<typeof build>>, body: unknown, type = 'application/json') =>
  app.inject({
    method: 'POST',
    url: '/api/view-records',
    headers: { 'content-type': type },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /api/view-records', () => {
  it('gives every node and relationship of the view with its evidence, and the sources it cites', async () => {
    const app = await build();
    const graph = await getOk(app, '/api/graph', GraphElements);
    const request: ViewRecordsRequest = {
      nodes: graph.nodes.map((n) => n.data.id),
      edges: graph.edges.map((e) => e.data.id),
    };
    const response = await post(app, request);
    expect(response.statusCode).toBe(200);
    const records = ViewRecords.parse(response.json());
    expect(records.nodes.map((n) => n.id).sort()).toEqual([...request.nodes].sort());
    expect(records.relationships.map((r) => r.id).sort()).toEqual([...request.edges].sort());
    for (const record of [...records.nodes, ...records.relationships])
      expect(record.evidence.length, record.id).toBeGreaterThan(0);
    const leads = records.relationships.find((r) => r.id === 'party-groups-lead-state-organs');
    expect(leads).toMatchObject({
      type: 'LEADS',
      source: 'leading-party-members-groups',
      target: 'state-organs',
    });
    // Every source cited is there, and the paper a footnote source is cited in.
    const sourceIds = new Set(records.sources.map((s) => s.id));
    for (const record of [...records.nodes, ...records.relationships])
      for (const { source } of record.evidence) expect(sourceIds.has(source), source).toBe(true);
    for (const source of records.sources)
      if (source.citedIn) expect(sourceIds.has(source.citedIn), source.citedIn).toBe(true);
  });

  it('leaves out ids the graph does not hold, and answers an empty view with nothing', async () => {
    const app = await build();
    const records = ViewRecords.parse(
      (
        await post(app, { nodes: ['state-organs', 'no-such-node'], edges: ['no-such-edge'] })
      ).json(),
    );
    expect(records.nodes.map((n) => n.id)).toEqual(['state-organs']);
    expect(records.relationships).toEqual([]);
    expect(ViewRecords.parse((await post(app, { nodes: [], edges: [] })).json())).toEqual({
      nodes: [],
      relationships: [],
      sources: [],
    });
  });

  it('refuses a body that is not the request, naming what is wrong', async () => {
    const app = await build();
    const tooMany = await post(app, {
      nodes: Array.from({ length: VIEW_RECORDS_MAX + 1 }, (_, i) => `n${i}`),
      edges: [],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(ApiError.parse(tooMany.json()).error.message).toContain('nodes');
    const missing = await post(app, { nodes: [] });
    expect(missing.statusCode).toBe(400);
    expect(ApiError.parse(missing.json()).error.message).toContain('edges');
    const text = await post(app, 'nodes=a', 'text/plain');
    expect(text.statusCode).toBe(400);
    const form = await post(app, 'nodes=a', 'application/x-www-form-urlencoded');
    expect(form.statusCode).toBe(415);
    // A body past the route's own limit (room for the most ids) is refused before parsing.
    const huge = await post(app, { nodes: ['x'.repeat(3 * 1024 * 1024)], edges: [] });
    expect(huge.statusCode).toBe(413);
    expect(ApiError.parse(huge.json()).error.code).toBe('payload_too_large');
  });
});
