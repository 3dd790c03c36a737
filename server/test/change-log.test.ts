import { describe, expect, it } from 'vitest';
import type { RecordChange } from '@pag/graph-seed';
import {
  addSummaries,
  changedFields,
  composeChanges,
  describeLoad,
  formerValues,
  listsChanges,
  summarizeChanges,
} from '../src/services/change-log';

const change = (id: string, kind: RecordChange['change'], fields: string[] = []): RecordChange => ({
  record: 'node',
  id,
  change: kind,
  name: id,
  nameZh: null,
  type: null,
  ends: null,
  fields,
  was: {},
});

describe('changedFields', () => {
  it('names the fields that differ, evidence lists as one, and ignores copies made for the index', () => {
    const before = {
      props: {
        name: 'A',
        evidenceQuotes: ['x'],
        evidenceSources: ['s'],
        quotesText: 'x',
        hash: '1',
      },
    };
    const after = {
      id: 'a',
      props: {
        name: 'A',
        evidenceQuotes: ['y'],
        evidenceSources: ['s'],
        quotesText: 'y',
        hash: '2',
        note: 'n',
      },
    };
    expect(changedFields(before, after)).toEqual(['evidence', 'note']);
  });

  it('names a relationship retyped or moved to other ends', () => {
    const props = { modality: 'must' };
    expect(
      changedFields(
        { props, type: 'LEADS', source: 'a', target: 'b' },
        { id: 'r', props, type: 'GOVERNS', source: 'a', target: 'c' },
      ),
    ).toEqual(['ends', 'type']);
  });
});

describe('formerValues', () => {
  it('keeps what a changed field held where it was one short value, not a passage or a list', () => {
    const before = {
      props: { modality: 'may', name: 'A', evidenceQuotes: ['q'], note: 'x'.repeat(300) },
      type: 'LEADS',
      source: 'a',
      target: 'b',
    };
    expect(formerValues(before, ['modality', 'evidence', 'note', 'type', 'basis', 'ends'])).toEqual(
      {
        modality: 'may',
        type: 'LEADS',
        basis: null,
        ends: 'a → b',
      },
    );
  });
});

describe('describeLoad', () => {
  it('names relationships by their ends, as they are after the load or were before it', () => {
    const nodes = [{ id: 'a', props: { name: 'Party committee', nameZh: '党委' } }];
    const changes = describeLoad(
      {
        nodes: { added: [], changed: [], removed: ['b'] },
        relationships: { added: [], changed: [], removed: ['r'] },
        sources: { added: [], changed: [], removed: [] },
      },
      {
        nodes: new Map([['b', { props: { name: 'An association', nameZh: '协会' } }]]),
        relationships: new Map([
          ['r', { props: {}, type: 'MUST_ACCEPT_LEADERSHIP_OF', source: 'b', target: 'a' }],
        ]),
        sources: new Map(),
      },
      nodes,
    );
    expect(changes.map((c) => [c.record, c.change, c.name, c.nameZh])).toEqual([
      ['node', 'removed', 'An association', '协会'],
      [
        'relationship',
        'removed',
        'An association must accept the leadership of Party committee',
        '协会必须接受党委的领导',
      ],
    ]);
  });

  it('leaves out a record whose hash changed but none of whose fields did', () => {
    const props = { name: 'A', hash: 'new', pinyinText: 'new' };
    expect(
      describeLoad(
        {
          nodes: { added: [], changed: [{ id: 'a', props }], removed: [] },
          relationships: { added: [], changed: [], removed: [] },
          sources: { added: [], changed: [], removed: [] },
        },
        {
          nodes: new Map([['a', { props: { ...props, hash: 'old', pinyinText: 'old' } }]]),
          relationships: new Map(),
          sources: new Map(),
        },
        [],
      ),
    ).toEqual([]);
  });

  it('refuses to describe a change to a record it was not given as stored', () => {
    expect(() =>
      describeLoad(
        {
          nodes: { added: [], changed: [{ id: 'a', props: {} }], removed: [] },
          relationships: { added: [], changed: [], removed: [] },
          sources: { added: [], changed: [], removed: [] },
        },
        { nodes: new Map(), relationships: new Map(), sources: new Map() },
        [],
      ),
    ).toThrow(/stored node "a"/);
  });

  it('lists a load of a few thousand records one by one, and a bulk load by its counts alone', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `n${i}`, props: {} }));
    const load = (n: number) => ({
      nodes: { added: many(n), changed: [], removed: [] },
      relationships: { added: [], changed: [], removed: [] },
      sources: { added: [], changed: [], removed: [] },
    });
    expect(listsChanges(load(5000))).toBe(true);
    expect(listsChanges(load(5001))).toBe(false);
  });
});

describe('composeChanges', () => {
  it('gives the net change of several loads', () => {
    const net = composeChanges([
      [change('added-then-removed', 'added'), change('removed-then-added', 'removed')],
      [{ ...change('changed-twice', 'changed', ['name']), was: { name: 'first' } }],
      [
        change('added-then-removed', 'removed'),
        change('removed-then-added', 'added'),
        { ...change('changed-twice', 'changed', ['evidence', 'name']), was: { name: 'second' } },
        change('added-then-changed', 'added'),
      ],
      [
        change('added-then-changed', 'changed', ['note']),
        change('changed-then-removed', 'changed'),
      ],
      [change('changed-then-removed', 'removed')],
    ]);
    expect(net.find((c) => c.id === 'changed-twice')?.was).toEqual({ name: 'first' });
    expect(net.map((c) => [c.id, c.change, c.fields])).toEqual([
      ['removed-then-added', 'changed', []],
      ['changed-twice', 'changed', ['evidence', 'name']],
      ['added-then-changed', 'added', []],
      ['changed-then-removed', 'removed', []],
    ]);
  });

  it('keeps what is not known unknown, and never passes an intermediate value off as the former one', () => {
    const net = composeChanges([
      [change('recreated', 'removed'), { ...change('long-note', 'changed', ['note']), was: {} }],
      [
        change('recreated', 'added'),
        {
          ...change('long-note', 'changed', ['modality', 'note']),
          was: { note: 'mid', modality: 'may' },
        },
      ],
      [{ ...change('recreated', 'changed', ['name']), was: { name: 'between' } }],
    ]);
    expect(net.map((c) => [c.id, c.change, c.fields, c.was])).toEqual([
      ['long-note', 'changed', ['modality', 'note'], { modality: 'may' }],
      ['recreated', 'changed', [], {}],
    ]);
  });

  it('lists nodes, then relationships, then sources, and counts them', () => {
    const source = { ...change('s', 'added'), record: 'source' as const };
    const relationship = { ...change('r', 'removed'), record: 'relationship' as const };
    const net = composeChanges([[source, relationship, change('n', 'changed')]]);
    expect(net.map((c) => c.id)).toEqual(['n', 'r', 's']);
    const summary = summarizeChanges(net);
    expect(summary).toEqual({
      nodes: { added: 0, changed: 1, removed: 0 },
      relationships: { added: 0, changed: 0, removed: 1 },
      sources: { added: 1, changed: 0, removed: 0 },
    });
    expect(addSummaries([summary, summary]).nodes.changed).toBe(2);
  });
});
