import { describe, expect, it } from 'vitest';
import { authorityEnds, type GraphElements } from '@pag/graph-seed';
import { authorityLayout } from '../src/graph/authority-layout';

const node = (
  id: string,
  kind: GraphElements['nodes'][number]['data']['kind'] = 'party-organ',
) => ({
  data: { id, kind, name: id, nameZh: null },
});
const edge = (
  id: string,
  source: string,
  target: string,
  type: GraphElements['edges'][number]['data']['type'],
) => ({
  data: {
    id,
    source,
    target,
    type,
    authority: authorityEnds(type, source, target) !== undefined,
    basis: 'provision' as const,
    modality: 'must' as const,
  },
});

// Arrows point both ways along the lines of authority, as in the seed graph.
const graph: GraphElements = {
  nodes: [
    node('cc'),
    node('politburo'),
    node('reg', 'document'),
    node('group'),
    node('orgs', 'governed-entity'),
    node('xi', 'person'),
  ],
  edges: [
    edge('politburo-part-of-cc', 'politburo', 'cc', 'PART_OF'),
    edge('reg-issued-by-politburo', 'reg', 'politburo', 'ISSUED_BY'),
    edge('reg-governs-group', 'reg', 'group', 'GOVERNS'),
    edge('group-leads-orgs', 'group', 'orgs', 'LEADS'),
    edge('xi-presided-politburo', 'xi', 'politburo', 'PRESIDED_OVER'),
  ],
  truncated: false,
};

describe('authorityLayout', () => {
  const positions = authorityLayout(graph);

  it('places every superior above what it reaches, whichever way the arrow points', () => {
    for (const { data } of graph.edges) {
      const ends = authorityEnds(data.type, data.source, data.target);
      if (!ends) continue;
      expect(positions[ends.above]?.y, data.id).toBeLessThan(positions[ends.below]?.y ?? -Infinity);
    }
    expect(positions.cc?.y).toBe(Math.min(...Object.values(positions).map((p) => p.y)));
  });

  it('gives every node its own place', () => {
    const places = new Set(
      Object.values(positions).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`),
    );
    expect(places.size).toBe(graph.nodes.length);
  });
});

describe('authorityLayout of wide graphs', () => {
  const positionsOf = (nodes: GraphElements['nodes'], edges: GraphElements['edges']) =>
    authorityLayout({ nodes, edges });
  const bounds = (positions: ReturnType<typeof authorityLayout>) => {
    const xs = Object.values(positions).map((p) => p.x);
    const ys = Object.values(positions).map((p) => p.y);
    return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
  };
  /** No two nodes so close that their shapes and captions (120 px wide) would touch. */
  const expectApart = (positions: ReturnType<typeof authorityLayout>) => {
    const points = Object.entries(positions);
    for (const [i, [a, p]] of points.entries())
      for (const [b, q] of points.slice(i + 1))
        expect(Math.abs(p.x - q.x) >= 120 || Math.abs(p.y - q.y) >= 80, `${a} and ${b}`).toBe(true);
  };

  it('stacks the leaves beneath one node in a block of rows', () => {
    const leaves = Array.from({ length: 10 }, (_, i) => `leaf-${i}`);
    const positions = positionsOf(
      [node('cc'), node('process', 'process'), ...leaves.map((id) => node(id, 'governed-entity'))],
      [
        edge('cc-guides-process', 'cc', 'process', 'GUIDES'),
        ...leaves.map((id) => edge(`${id}-in`, id, 'process', 'PARTICIPATES_IN')),
      ],
    );
    const rows = new Set(leaves.map((id) => positions[id]?.y));
    expect(rows.size).toBe(3);
    for (const id of leaves) expect(positions[id]?.y).toBeGreaterThan(positions.process?.y ?? 0);
    expectApart(positions);
  });

  it("stands a node's group boxes in one column beneath it", () => {
    const groups = ['group:a', 'group:b', 'group:c', 'group:d'];
    const positions = authorityLayout({
      nodes: [
        node('province'),
        ...groups.map((id) => ({
          data: { id, kind: 'party-organ' as const, name: id, group: true },
        })),
      ],
      edges: groups.map((id) => edge(`${id}:line`, 'province', id, 'LEADS')),
    });
    const xs = new Set(groups.map((id) => positions[id]?.x));
    expect(xs.size).toBe(1);
    const ys = groups.map((id) => positions[id]?.y ?? 0);
    expect(new Set(ys).size).toBe(groups.length);
    for (const y of ys) expect(y).toBeGreaterThan(positions.province?.y ?? 0);
  });

  it('staggers a rank too wide for a screen, keeping every superior above', () => {
    const groups = Array.from({ length: 24 }, (_, i) => `group-${i}`);
    const nodes = [
      node('cc'),
      ...groups.map((id) => node(id)),
      ...groups.map((id) => node(`${id}-org`, 'governed-entity')),
    ];
    const edges = groups.flatMap((id) => [
      edge(`cc-leads-${id}`, 'cc', id, 'LEADS'),
      edge(`${id}-leads-org`, id, `${id}-org`, 'LEADS'),
    ]);
    const positions = positionsOf(nodes, edges);
    const { width, height } = bounds(positions);
    // One row of 24 would be about 24 × 170 px wide and three ranks tall.
    expect(width).toBeLessThan(24 * 170 * 0.6);
    expect(width / height).toBeLessThan(4);
    for (const { data } of edges)
      expect(positions[data.source]?.y, data.id).toBeLessThan(positions[data.target]?.y ?? 0);
    expectApart(positions);
  });
});
