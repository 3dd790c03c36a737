import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, GraphMeta, VIEW_RECORDS_MAX } from '@pag/graph-seed';
import { fuzzRequests, fuzzViewRecordBodies } from '../../test-support/api-fuzz';
import { openTestDriver, queryRows } from '../../test-support/test-database';
import { getOk } from './support/api-client';
import { build } from './support/build';

// A bounded run of the fuzzer; `pnpm bench:soak` runs ten thousand and more over HTTP.
const COUNT = 2000;

describe('the API under generated requests', () => {
  it(`answers ${COUNT} generated requests (and 300 generated bodies) with 200, 400 or 404, errors in the one shape, and changes nothing`, async () => {
    const app = await build();
    const driver = openTestDriver();
    const everything = () =>
      queryRows(
        driver,
        'MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels',
        z.object({ nodes: z.number(), rels: z.number() }),
      );
    const before = await everything();
    const version = (await getOk(app, '/api/meta', GraphMeta)).dataVersion;
    const ids = (
      await queryRows(
        driver,
        'MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id UNION MATCH ()-[r]->() WHERE r.id IS NOT NULL RETURN r.id AS id',
        z.object({ id: z.string() }),
      )
    ).map((row) => row.id);
    const spec: unknown = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();

    const statuses = new Map<number, number>();
    for (const url of fuzzRequests(spec, { count: COUNT, seed: 20261128, ids })) {
      const response = await app.inject({ method: 'GET', url });
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      expect([200, 400, 404], `${url.slice(0, 120)} answered ${response.statusCode}`).toContain(
        response.statusCode,
      );
      if (response.statusCode !== 200) {
        expect(ApiError.safeParse(response.json()).success, url.slice(0, 120)).toBe(true);
      }
    }
    // The generated requests reach every kind of answer, not only refusals.
    expect([...statuses.keys()].sort()).toEqual([200, 400, 404]);
    expect(statuses.get(200)).toBeGreaterThan(COUNT / 4);

    // The one request with a body: the records of a view.
    const bodies = new Map<number, number>();
    for (const body of fuzzViewRecordBodies({
      count: 300,
      seed: 20261129,
      ids,
      max: VIEW_RECORDS_MAX,
    })) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/view-records',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
      const shown = JSON.stringify(body).slice(0, 120);
      bodies.set(response.statusCode, (bodies.get(response.statusCode) ?? 0) + 1);
      expect([200, 400], `${shown} answered ${response.statusCode}`).toContain(response.statusCode);
      if (response.statusCode !== 200)
        expect(ApiError.safeParse(response.json()).success, shown).toBe(true);
    }
    expect([...bodies.keys()].sort()).toEqual([200, 400]);
    expect(await everything()).toEqual(before);
    expect((await getOk(app, '/api/meta', GraphMeta)).dataVersion).toBe(version);
  }, 180_000);
});
