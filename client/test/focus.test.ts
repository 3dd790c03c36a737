import { describe, expect, it } from 'vitest';
import type { GraphElements } from '@pag/graph-seed';
import {
  applyFocus,
  collapseFocus,
  collapsibleCount,
  expandFocus,
  hiddenNeighbourCount,
  neighbourIds,
} from '../src/graph/focus';
import { toggleItem } from '../src/view/toggle-item';

// centre → office → {a, b}; centre → doc; doc — a (so a hangs from two nodes).
const node = (id: string) => ({
  data: { id, kind: 'party-organ' as const, name: id, nameZh: null },
});
const edge = (source: string, target: string) => ({
  data: {
    id: `${source}-${target}`,
    source,
    target,
    type: 'LEADS' as const,
    authority: true,
    basis: 'provision' as const,
    modality: 'must' as const,
  },
});
const graph: GraphElements = {
  nodes: ['centre', 'office', 'a', 'b', 'doc'].map(node),
  edges: [
    edge('centre', 'office'),
    edge('office', 'a'),
    edge('office', 'b'),
    edge('centre', 'doc'),
    edge('doc', 'a'),
  ],
  truncated: false,
};

describe('expand and collapse', () => {
  it('finds neighbours along relationships either way', () => {
    expect([...neighbourIds(graph, 'office')].sort()).toEqual(['a', 'b', 'centre']);
  });

  it('expanding from the whole graph focuses on the node and its neighbours', () => {
    const focus = expandFocus(graph, null, 'b');
    expect(focus).toEqual(['b', 'office']);
    expect(hiddenNeighbourCount(graph, focus, 'office')).toBe(2);
    const wider = expandFocus(graph, focus, 'office');
    expect(wider).toEqual(['a', 'b', 'centre', 'office']);
    expect(applyFocus(graph, wider).edges.map((e) => e.data.id)).toEqual([
      'centre-office',
      'office-a',
      'office-b',
    ]);
  });

  it('collapsing removes only the neighbours that hang from the node alone', () => {
    // b hangs from office alone; a is also held by doc; centre by doc.
    expect(collapseFocus(graph, null, 'office')).toEqual(['a', 'centre', 'doc', 'office']);
    // Within a focus, whatever is held by the node alone goes, wherever it came from.
    const focus = expandFocus(graph, ['centre', 'doc'], 'office');
    expect(focus).toEqual(['a', 'b', 'centre', 'doc', 'office']);
    expect(collapseFocus(graph, focus, 'office')).toEqual(['a', 'centre', 'doc', 'office']);
    expect(collapsibleCount(graph, focus, 'office')).toBe(1);
  });

  it('collapsing a node from which nothing hangs changes nothing', () => {
    const focus = ['a', 'centre', 'doc', 'office'];
    expect(collapsibleCount(graph, focus, 'office')).toBe(0);
    expect(collapseFocus(graph, focus, 'office')).toBe(focus);
    expect(collapseFocus(graph, null, 'centre')).toBeNull();
  });

  it('shows everything without a focus', () => {
    expect(applyFocus(graph, null)).toBe(graph);
    expect(hiddenNeighbourCount(graph, null, 'office')).toBe(0);
  });
});

describe('list filters', () => {
  it('turns items off and on, and every item on means no filter', () => {
    const all = ['a', 'b', 'c'] as const;
    const off = toggleItem(null, all, 'b');
    expect(off).toEqual(['a', 'c']);
    expect(toggleItem(off, all, 'b')).toBeNull();
  });
});
