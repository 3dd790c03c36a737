import type { Core } from 'cytoscape';
import type { GraphElements } from '@pag/graph-seed';
import { authorityLayout } from './authority-layout';
import { routeEdges } from './edge-routes';
import type { Highlight } from './trace-highlight';

/**
 * Lays out the traced chains (or found paths) on their own, as a figure of them alone
 * shows them: the whole graph's layout would leave them strung across its width. Draws with
 * the nodes there, then puts every node back where it was.
 */
export const withChainsLaidOut = async <T>(
  cy: Core,
  graph: GraphElements,
  highlight: Highlight,
  draw: () => Promise<T>,
): Promise<T> => {
  const positions = authorityLayout({
    nodes: graph.nodes.filter(({ data }) => highlight.nodes.has(data.id)),
    edges: graph.edges.filter(({ data }) => highlight.edges.has(data.id)),
  });
  const before = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
  cy.batch(() => {
    for (const [id, position] of Object.entries(positions))
      cy.getElementById(id).position(position);
  });
  routeEdges(cy);
  try {
    return await draw();
  } finally {
    cy.batch(() => {
      for (const [id, position] of before) cy.getElementById(id).position(position);
    });
    routeEdges(cy);
  }
};
