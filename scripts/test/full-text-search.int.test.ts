import { describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { openTestDriver, queryRows } from '../../test-support/test-database';

// The seed graph is loaded by the integration global setup, which creates the index.
const SEARCH = `
  CALL db.index.fulltext.queryNodes('node_text', $query) YIELD node, score
  RETURN node.id AS id ORDER BY score DESC LIMIT 5`;

describe('the full-text index over English and Chinese names, aliases and quotes', () => {
  /** Ids the index finds for a Lucene query, best first. */
  const searcher = (driver: Driver) => async (query: string) =>
    (await queryRows(driver, SEARCH, z.object({ id: z.string() }), { query })).map((r) => r.id);

  it('finds a body by an English alias and by an English prefix', async () => {
    const search = searcher(openTestDriver());
    expect((await search('Politburo'))[0]).toBe('cpc-political-bureau');
    expect(await search('Politbur*')).toContain('cpc-political-bureau');
  });

  it('finds nodes by Chinese names, including a term inside a longer name', async () => {
    const search = searcher(openTestDriver());
    expect((await search('社会组织'))[0]).toBe('social-organizations');
    expect(await search('党组')).toContain('leading-party-members-groups');
    expect(await search('政治局')).toContain('cpc-political-bureau');
    expect(await search('党组工作条例')).toContain('regulation-party-groups-2015');
  });

  it('finds nodes by words of their quoted evidence', async () => {
    const search = searcher(openTestDriver());
    expect(await search('"representative organ dispatched"')).toEqual([
      'leading-party-members-groups',
    ]);
    expect(await search('presided')).toContain('politburo-meeting-2015-05-29');
  });
});
