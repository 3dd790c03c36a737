import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import type { GraphElements } from '@pag/graph-seed';
import { nodeCaption, toElements } from '../src/graph/to-elements';
import { graphStyle } from '../src/graph/graph-style';
import { nodeKindStyles } from '../src/graph/node-kinds';
import { authorityRoots } from '../src/graph/authority-roots';

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

describe('authorityRoots', () => {
  it('puts the superior of every line of authority on top, whichever way its arrow points', () => {
    const edges: GraphElements['edges'] = [
      { data: { id: 'a', source: 'politburo', target: 'cc', type: 'PART_OF', authority: true } },
      { data: { id: 'b', source: 'group', target: 'orgs', type: 'LEADS', authority: true } },
      {
        data: {
          id: 'c',
          source: 'group',
          target: 'cc',
          type: 'MUST_ACCEPT_LEADERSHIP_OF',
          authority: true,
        },
      },
      {
        data: {
          id: 'd',
          source: 'reg',
          target: 'orgs',
          type: 'REQUIRES_PARTY_GROUP_IN',
          authority: false,
        },
      },
    ];
    // `reg` has no issuer here, so it stands at the top of its own line.
    expect(authorityRoots(edges)).toEqual(['cc', 'reg']);
  });
});
