import { afterAll, describe, expect, inject, it } from 'vitest';
import neo4j from 'neo4j-driver';

// The seed graph is loaded by the integration global setup, which creates the index.
const SEARCH = `
  CALL db.index.fulltext.queryNodes('node_search', $query) YIELD node, score
  RETURN node.id AS id ORDER BY score DESC LIMIT 5`;

describe('the full-text index over English and Chinese names, aliases and quotes', () => {
  const handle = inject('neo4j');
  const driver = neo4j.driver(handle.uri, neo4j.auth.basic(handle.user, handle.password));
  afterAll(() => driver.close());

  const search = async (query: string) =>
    (await driver.executeQuery(SEARCH, { query })).records.map((r) => r.get('id') as string);

  it('finds a body by an English alias and by an English prefix', async () => {
    expect((await search('Politburo'))[0]).toBe('cpc-political-bureau');
    expect(await search('Politbur*')).toContain('cpc-political-bureau');
  });

  it('finds nodes by Chinese names, including a term inside a longer name', async () => {
    expect((await search('社会组织'))[0]).toBe('social-organizations');
    expect((await search('党组'))[0]).toBe('leading-party-members-groups');
    expect(await search('政治局')).toContain('cpc-political-bureau');
    expect(await search('党组工作条例')).toContain('regulation-party-groups-2015');
  });

  it('finds nodes by words of their quoted evidence', async () => {
    expect(await search('"representative organ dispatched"')).toEqual([
      'leading-party-members-groups',
    ]);
    expect(await search('presided')).toContain('politburo-meeting-2015-05-29');
  });
});
