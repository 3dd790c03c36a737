import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { SearchResults } from '@pag/graph-seed';
import { getOk } from './support/api-client';
import { build } from './support/build';

describe('GET /api/search', () => {
  /** The ids an app under test finds for a query, best first. */
  const searcher =
    (app: FastifyInstance) =>
    async (q: string, limit = 10) =>
      (
        await getOk(app, `/api/search?q=${encodeURIComponent(q)}&limit=${limit}`, SearchResults)
      ).results.map((r) => r.id);

  it('finds by Chinese: 党组 ranks the Party groups first and finds the 2015 regulation', async () => {
    const app = await build();
    const ids = searcher(app);
    const results = await ids('党组');
    expect(results[0]).toBe('leading-party-members-groups');
    expect(results).toContain('regulation-party-groups-2015');
    expect((await ids('党组工作条例'))[0]).toBe('regulation-party-groups-2015');
  });

  it('finds 社会组织 and a Chinese term inside a longer name', async () => {
    const app = await build();
    const ids = searcher(app);
    expect((await ids('社会组织'))[0]).toBe('social-organizations');
    expect(await ids('政治局')).toContain('cpc-political-bureau');
  });

  it('ranks an exact English name or alias first and completes a prefix', async () => {
    const app = await build();
    const ids = searcher(app);
    expect((await ids('Politburo'))[0]).toBe('cpc-political-bureau');
    expect((await ids('social organizations'))[0]).toBe('social-organizations');
    expect(await ids('Polit')).toContain('cpc-political-bureau');
    expect(await ids('chamb')).toContain('chambers-of-commerce');
  });

  it('matches quotes and shows where, and respects the limit', async () => {
    const app = await build();
    const ids = searcher(app);
    const body = await getOk(app, '/api/search?q=presided', SearchResults);
    const meeting = body.results.find((r) => r.id === 'politburo-meeting-2015-05-29');
    expect(meeting?.snippet).toContain('presided over by Xi Jinping');
    expect((await ids('party', 3)).length).toBe(3);
  });

  it('scores are ranked and a query of only punctuation finds nothing', async () => {
    const app = await build();
    const ids = searcher(app);
    const body = await getOk(app, '/api/search?q=organizations', SearchResults);
    const scores = body.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await ids('"}{)(*')).toEqual([]);
  });
});
