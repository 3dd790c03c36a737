import { describe, expect, it } from 'vitest';
import type { EdgeElement, GraphElements, NodeElement } from '@pag/graph-seed';
import { drawIn } from '../src/graph/draw-in';

const node = (id: string): NodeElement => ({
  data: { id, kind: 'party-organ', name: id, nameZh: null },
});
const edge = (id: string, source: string, target: string): EdgeElement => ({
  data: {
    id,
    source,
    target,
    type: 'LEADS',
    authority: true,
    basis: 'provision',
    modality: 'must',
  },
});

describe('drawIn', () => {
  it('adds the chains’ nodes and relationships beyond the cut, each once, and keeps the cut', () => {
    const cut = { rule: 'rank' as const, maxRank: 1, shownNodes: 2, totalNodes: 9 };
    const graph: GraphElements = {
      nodes: [node('centre'), node('province')],
      edges: [edge('r1', 'centre', 'province')],
      truncated: true,
      cut,
    };
    const joined = drawIn(graph, {
      nodes: [node('centre'), node('province'), node('county')],
      edges: [edge('r1', 'centre', 'province'), edge('r2', 'province', 'county')],
    });
    expect(joined.nodes.map((n) => n.data.id)).toEqual(['centre', 'province', 'county']);
    expect(joined.edges.map((e) => e.data.id)).toEqual(['r1', 'r2']);
    expect(joined.cut).toEqual(cut);
    expect(graph.nodes).toHaveLength(2);
  });

  it('adds a node the more elements name twice only once, and leaves a view with nothing more as it is', () => {
    const graph: GraphElements = { nodes: [node('a')], edges: [], truncated: false, cut: null };
    const joined = drawIn(graph, { nodes: [node('b'), node('b')], edges: [] });
    expect(joined.nodes.map((n) => n.data.id)).toEqual(['a', 'b']);
    expect(drawIn(graph, { nodes: [], edges: [] })).toBe(graph);
  });
});
