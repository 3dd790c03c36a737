import { describe, expect, it } from 'vitest';
import type { DataChanges } from '@pag/graph-seed';
import { describeChanges, describeVersions } from '../src/graph/describe-versions';

const none = { added: 0, changed: 0, removed: 0 };
const first = {
  version: '74f7f5de537c',
  loadedAt: '2026-11-28T10:00:00.000Z',
  previous: null,
  changes: null,
};
const second = {
  version: '0a44dd5c1967',
  loadedAt: '2026-11-29T09:30:00.000Z',
  previous: '74f7f5de537c',
  changes: { nodes: { ...none, added: 1 }, relationships: { ...none, changed: 1 }, sources: none },
};

describe('describeVersions', () => {
  it('lists the loads newest first, marking the one loaded now, with what each changed', () => {
    expect(describeVersions({ current: second, versions: [second, first], total: 2 })).toBe(
      [
        '2 data version(s), newest first (* is loaded now; + added, ~ changed, - removed):',
        '* 0a44dd5c1967  2026-11-29 09:30:00  nodes +1 ~0 -0, relationships +0 ~1 -0, sources +0 ~0 -0',
        '  74f7f5de537c  2026-11-28 10:00:00  first version recorded',
      ].join('\n'),
    );
    expect(describeVersions({ current: null, versions: [], total: 0 })).toMatch(
      /nothing has been loaded/,
    );
  });

  it('lists the changes since a version, with what a changed field was', () => {
    const changes: DataChanges = {
      since: first,
      current: second,
      summary: second.changes,
      complete: true,
      changes: [
        {
          record: 'relationship',
          id: 'r',
          change: 'changed',
          name: 'A leads B',
          nameZh: null,
          type: 'LEADS',
          ends: null,
          fields: ['evidence', 'modality'],
          was: { modality: 'may' },
        },
      ],
    };
    expect(describeChanges(changes).split('\n')[1]).toBe(
      '  ~ relationship r: A leads B (evidence; modality was may)',
    );
  });
});
