import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '@pag/graph-seed';
import { searchSnapshot } from '../src/api/snapshot-search';

const node = (id: string, name: string, nameZh: string | null, aliases: string[], pinyin = '') => ({
  id,
  kind: 'party-organ' as const,
  name,
  nameZh,
  aliases,
  pinyin,
});

const index: SearchIndex = {
  nodes: [
    node(
      'groups',
      "Leading Party members' groups",
      '党组',
      ['Party groups'],
      'dang zu\ndangzu\ndz',
    ),
    node('social', 'Social organizations', '社会组织', [], 'she hui zu zhi\nshehuizuzhi\nshzz'),
    node('committee', 'Party committees at all levels', '各级党委', [], 'ge ji dang wei'),
  ],
  relationships: [
    {
      id: 'groups-lead-social',
      type: 'LEADS',
      source: { id: 'groups', kind: 'party-organ', name: 'G', nameZh: null },
      target: { id: 'social', kind: 'governed-entity', name: 'S', nameZh: null },
    },
  ],
};

const ids = (query: string) => searchSnapshot(index, query, 8).results.map((r) => r.id);

describe('searchSnapshot', () => {
  it('finds nodes by name, Chinese name, alias and pinyin, whole matches first', () => {
    expect(ids('Social organizations')).toEqual(['social']);
    expect(ids('social org')).toEqual(['social']);
    expect(ids('社会')).toEqual(['social']);
    expect(ids('dangzu')).toEqual(['groups']);
    expect(ids('shehui')).toEqual(['social']);
    expect(ids('党')).toEqual(['groups', 'committee']);
    expect(ids('party')).toEqual(['groups', 'committee']);
  });

  it('names the alias that matched when the name did not', () => {
    const [result] = searchSnapshot(index, 'party groups', 8).results;
    expect(result).toMatchObject({ id: 'groups', snippet: 'Party groups' });
  });

  it('finds relationships by how their type reads, and nothing for a blank query', () => {
    expect(searchSnapshot(index, 'leads', 8).relationships.map((r) => r.id)).toEqual([
      'groups-lead-social',
    ]);
    expect(searchSnapshot(index, '领导', 8).relationships).toHaveLength(1);
    expect(searchSnapshot(index, '   ', 8)).toEqual({
      results: [],
      relationships: [],
      didYouMean: null,
    });
  });
});
