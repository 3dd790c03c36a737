import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import type { GraphElements } from '@pag/graph-seed';
import { nodeCaption, toElements } from '../src/graph/to-elements';
import { graphStyle } from '../src/graph/graph-style';
import { nodeKindStyles } from '../src/graph/node-kinds';

const graph: GraphElements = {
  nodes: [
    {
      data: { id: 'cc', kind: 'party-organ', label: 'CPC Central Committee', labelZh: '中共中央' },
    },
    { data: { id: 'so', kind: 'governed-entity', label: 'Social organizations', labelZh: null } },
  ],
  edges: [
    { data: { id: 'cc-leads-so', source: 'cc', target: 'so', type: 'LEADS', authority: true } },
  ],
  truncated: false,
};

describe('toElements', () => {
  it('puts the Chinese name under the English one, and only when there is one', () => {
    expect(nodeCaption('CPC Central Committee', '中共中央')).toBe(
      'CPC Central Committee\n中共中央',
    );
    expect(nodeCaption('Social organizations', null)).toBe('Social organizations');
  });

  it('builds a headless Cytoscape graph with every node and edge of the API response', () => {
    const cy = cytoscape({ headless: true, elements: toElements(graph), style: graphStyle() });
    expect(cy.nodes().map((n) => n.id())).toEqual(['cc', 'so']);
    expect(cy.edges().map((e) => e.id())).toEqual(['cc-leads-so']);
    expect(cy.getElementById('cc').data('caption')).toBe('CPC Central Committee\n中共中央');
    expect(cy.edges('[?authority]').length).toBe(1);
    cy.destroy();
  });

  it('has a style for every node kind', () => {
    const selectors = graphStyle().map((rule) => ('selector' in rule ? rule.selector : ''));
    for (const kind of Object.keys(nodeKindStyles))
      expect(selectors).toContain(`node[kind = "${kind}"]`);
  });
});
