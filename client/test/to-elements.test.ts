import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import type { GraphElements } from '@pag/graph-seed';
import { toElements } from '../src/graph/to-elements';
import { graphStyle } from '../src/graph/graph-style';
import { nodeKindStyles } from '../src/theme/node-kind-styles';

const graph: GraphElements = {
  nodes: [
    {
      data: { id: 'cc', kind: 'party-organ', name: 'CPC Central Committee', nameZh: '中共中央' },
    },
    { data: { id: 'so', kind: 'governed-entity', name: 'Social organizations', nameZh: null } },
  ],
  edges: [
    { data: { id: 'cc-leads-so', source: 'cc', target: 'so', type: 'LEADS', authority: true } },
  ],
  truncated: false,
};

describe('toElements', () => {
  it('builds a headless Cytoscape graph with every node and edge of the API response', () => {
    const cy = cytoscape({
      headless: true,
      elements: toElements(graph, 'en'),
      style: graphStyle(),
    });
    expect(cy.nodes().map((n) => n.id())).toEqual(['cc', 'so']);
    expect(cy.edges().map((e) => e.id())).toEqual(['cc-leads-so']);
    expect(cy.getElementById('cc').data('caption')).toBe('CPC Central Committee');
    expect(cy.getElementById('cc-leads-so').data('caption')).toBe('leads');
    expect(cy.edges('[?authority]').length).toBe(1);
    cy.destroy();
  });

  it('captions nodes and relationships in Chinese, falling back to English where a node has no Chinese name', () => {
    const elements = toElements(graph, 'zh');
    expect(elements.map((e): unknown => e.data.caption)).toEqual([
      '中共中央',
      'Social organizations',
      '领导',
    ]);
  });

  it('has a style for every node kind', () => {
    const selectors = graphStyle().map((rule) => ('selector' in rule ? rule.selector : ''));
    for (const kind of Object.keys(nodeKindStyles))
      expect(selectors).toContain(`node[kind = "${kind}"]`);
  });

  it('labels relationships on hover, by the toggle, and when selected', () => {
    const rule = graphStyle().find(
      (r) => 'selector' in r && r.selector === 'edge.hovered, edge.labelled, edge:selected',
    );
    expect(rule && 'style' in rule ? rule.style : {}).toMatchObject({ label: 'data(caption)' });
  });
});
