import { describe, expect, it } from 'vitest';
import { readSharedView, writeSharedView } from '../src/app/url-state';

describe('shared view in the URL', () => {
  it('round-trips a selected node with its trace, and a selected edge', () => {
    const traced = {
      selection: { kind: 'node' as const, id: 'cppcc' },
      trace: { nodeId: 'cppcc', direction: 'up' as const },
    };
    expect(writeSharedView('', traced)).toBe('?node=cppcc&trace=up');
    expect(readSharedView('?node=cppcc&trace=up')).toEqual(traced);
    const edge = {
      selection: { kind: 'edge' as const, id: 'cppcc-party-groups-lead-cppcc' },
      trace: null,
    };
    expect(readSharedView(writeSharedView('', edge))).toEqual(edge);
  });

  it('keeps other parameters and clears its own when nothing is selected', () => {
    expect(writeSharedView('?lang=zh&node=x&trace=down', { selection: null, trace: null })).toBe(
      '?lang=zh',
    );
  });

  it('ignores malformed values', () => {
    expect(readSharedView('?node=Bad%20Id&trace=sideways')).toEqual({
      selection: null,
      trace: null,
    });
    expect(readSharedView('?node=cppcc&trace=sideways')).toEqual({
      selection: { kind: 'node', id: 'cppcc' },
      trace: null,
    });
  });
});
