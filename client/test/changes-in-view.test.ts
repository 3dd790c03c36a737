import { describe, expect, it } from 'vitest';
import type { GraphElements, RecordChange } from '@pag/graph-seed';
import { changesInView } from '../src/view/changes-in-view';

const end = (id: string) => ({ id, name: id, nameZh: null });
const node = (id: string, change: RecordChange['change']): RecordChange => ({
  record: 'node',
  id,
  change,
  name: id,
  nameZh: null,
  type: null,
  ends: null,
  fields: [],
  was: {},
});
const relationship = (
  id: string,
  change: RecordChange['change'],
  source: string,
  target: string,
): RecordChange => ({
  ...node(id, change),
  record: 'relationship',
  type: 'LEADS',
  ends: { source: end(source), target: end(target) },
});

const view = {
  nodes: ['a', 'b'].map((id) => ({ data: { id } })),
  edges: [{ data: { id: 'a-leads-b' } }],
  truncated: false,
} as unknown as GraphElements;

describe('changesInView', () => {
  it('finds the changes to what the view shows, what its link names and what was removed from it', () => {
    const changes = [
      node('a', 'changed'),
      node('far', 'changed'),
      node('gone', 'removed'),
      node('named-and-gone', 'removed'),
      relationship('a-leads-b', 'changed', 'a', 'b'),
      relationship('gone-leads-b', 'removed', 'gone', 'b'),
      relationship('far-leads-far', 'removed', 'far', 'x'),
      { ...node('a-source', 'changed'), record: 'source' as const },
    ];
    const { inView, elsewhere } = changesInView(changes, view, new Set(['named-and-gone']));
    expect(inView.map((change) => change.id)).toEqual([
      'a',
      'gone',
      'named-and-gone',
      'a-leads-b',
      'gone-leads-b',
    ]);
    expect(elsewhere).toBe(3);
  });

  it('finds nothing in a view that nothing touched', () => {
    expect(changesInView([node('far', 'added')], view, new Set())).toEqual({
      inView: [],
      elsewhere: 1,
    });
  });
});
