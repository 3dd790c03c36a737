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

  it('finds a Chinese name typed in pinyin: syllables, words or initials, without tones', async () => {
    const app = await build();
    const ids = searcher(app);
    expect((await ids('dangzu'))[0]).toBe('leading-party-members-groups');
    expect((await ids('dang zu'))[0]).toBe('leading-party-members-groups');
    expect((await ids('shehui zuzhi'))[0]).toBe('social-organizations');
    expect(await ids('shzz')).toContain('social-organizations');
  });

  it('matches Chinese on word boundaries: 民政 is not found inside 人民政协', async () => {
    const app = await build();
    const ids = searcher(app);
    expect(await ids('民政')).toEqual([]);
    // An abbreviated compound still finds the full name: 中共 | 中央 | 委员会.
    expect((await ids('中共中央委员会'))[0]).toBe('cpc-central-committee');
    expect(await ids('人民政协')).toContain('cppcc');
    expect(await ids('政协')).toContain('cppcc');
  });

  it('tolerates typos: nothing matches as typed, so similar spellings do, and it says which', async () => {
    const app = await build();
    const body = await getOk(app, '/api/search?q=publc%20institutions', SearchResults);
    expect(body.results[0]?.id).toBe('public-institutions');
    expect(body.didYouMean).toBe('Public institutions');
    // What matches as typed is never second-guessed.
    const exact = await getOk(app, '/api/search?q=public%20institutions', SearchResults);
    expect(exact.didYouMean).toBeNull();
  });

  it('finds relationships by how their type reads and by their quotes', async () => {
    const app = await build();
    const cadres = await getOk(app, '/api/search?q=cadres', SearchResults);
    expect(cadres.relationships.length).toBeGreaterThan(0);
    expect(cadres.relationships[0]?.type).toBe('MANAGES_CADRES_OF');
    // What a relationship says ranks before what quotes say: "approves" is the type of one
    // relationship and in the quotes of others.
    const approves = await getOk(app, '/api/search?q=approves', SearchResults);
    const types = approves.relationships.map((r) => r.type);
    expect(types[0]).toBe('APPROVES_ESTABLISHMENT_OF');
    expect(types.slice(1)).not.toContain('APPROVES_ESTABLISHMENT_OF');
    expect(types.length).toBeGreaterThan(1);
    expect(cadres.relationships[0]?.source.name).toBeTruthy();
    const inZh = await getOk(app, `/api/search?q=${encodeURIComponent('干部')}`, SearchResults);
    expect(inZh.relationships.map((r) => r.type)).toContain('MANAGES_CADRES_OF');
    // A word only a quote has: the relationship is found, with the passage as its snippet.
    const quoted = await getOk(app, '/api/search?q=Jinping', SearchResults);
    expect(quoted.relationships.some((r) => r.snippet?.includes('Jinping'))).toBe(true);
  });
});
