import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { NodeKind, type GraphElements } from '@pag/graph-seed';
import { graphStyle } from '../src/graph/graph-style';
import { toElements } from '../src/graph/to-elements';
import { nodeKindStyles } from '../src/theme/node-kind-styles';
import { palette } from '../src/theme/palette';

const graph: GraphElements = {
  nodes: [
    { data: { id: 'cc', kind: 'party-organ', name: 'CPC Central Committee', nameZh: '中共中央' } },
    { data: { id: 'so', kind: 'governed-entity', name: 'Social organizations', nameZh: null } },
    { data: { id: 'doc', kind: 'document', name: 'A regulation', nameZh: null } },
  ],
  edges: [
    {
      data: {
        id: 'cc-leads-so',
        source: 'cc',
        target: 'so',
        type: 'LEADS',
        authority: true,
        basis: 'provision',
        modality: 'may',
      },
    },
    {
      data: {
        id: 'doc-based',
        source: 'doc',
        target: 'cc',
        type: 'BASED_ON',
        authority: false,
        basis: 'title-inference',
        modality: 'descriptive',
      },
    },
  ],
  truncated: false,
};

/** A headless Cytoscape with the canvas stylesheet applied, as the canvas draws it. */
const styled = (elements: GraphElements, language: 'en' | 'zh' = 'en') =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(elements, language),
    style: graphStyle(),
  });

/** `#b91c1c` as Cytoscape reports colours: `rgb(185,28,28)`. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)).join(',')})`;

describe('toElements', () => {
  it('builds a headless Cytoscape graph with every node and edge of the API response', () => {
    const cy = styled(graph);
    expect(cy.nodes().map((n) => n.id())).toEqual(['cc', 'so', 'doc']);
    expect(cy.edges().map((e) => e.id())).toEqual(['cc-leads-so', 'doc-based']);
    expect(cy.getElementById('cc').style('label')).toBe('CPC Central Committee');
    cy.destroy();
  });

  it('captions nodes and relationships in Chinese, falling back to English where a node has no Chinese name', () => {
    const elements = toElements(graph, 'zh');
    expect(elements.map((e): unknown => e.data.caption)).toEqual([
      '中共中央',
      'Social organizations',
      'A regulation',
      '领导',
      '依据',
    ]);
  });
});

describe('the canvas stylesheet', () => {
  it('colours and shapes every node kind as the legend shows it', () => {
    const cy = styled({
      nodes: NodeKind.options.map((kind) => ({
        data: { id: kind, kind, name: kind, nameZh: null },
      })),
      edges: [],
      truncated: false,
    });
    for (const kind of NodeKind.options) {
      const node = cy.getElementById(kind);
      expect(node.style('background-color'), kind).toBe(rgb(nodeKindStyles[kind].color));
      expect(node.style('shape'), kind).toBe(nodeKindStyles[kind].shape);
    }
    cy.destroy();
  });

  it('draws lines of authority solid in the authority colour, other relationships dashed', () => {
    const cy = styled(graph);
    const authority = cy.getElementById('cc-leads-so');
    const other = cy.getElementById('doc-based');
    expect(authority.style('line-style')).toBe('solid');
    expect(authority.style('line-color')).toBe(rgb(palette.authority));
    expect(other.style('line-style')).toBe('dashed');
    cy.destroy();
  });

  it('names a relationship only on hover, with the labels toggle on, or when it is selected', () => {
    const cy = styled(graph);
    const edge = cy.getElementById('cc-leads-so');
    expect(edge.style('label')).toBe('');
    for (const show of [
      () => edge.addClass('hovered'),
      () => edge.addClass('labelled'),
      () => edge.select(),
    ]) {
      show();
      expect(edge.style('label')).toBe('leads');
      edge.removeClass('hovered labelled').unselect();
      expect(edge.style('label')).toBe('');
    }
    cy.destroy();
  });
});
