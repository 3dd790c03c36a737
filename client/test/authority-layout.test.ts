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
