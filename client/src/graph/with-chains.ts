import type { GraphElements } from '@pag/graph-seed';

/**
 * A view cut by rank, with the traced chains or found paths drawn in: their nodes and
 * relationships beyond the cut join it, so that a chain from an organization far from the
 * centre is drawn whole. Each element once.
 */
export const withChains = (
  graph: GraphElements,
  chains: Pick<GraphElements, 'nodes' | 'edges'>,
): GraphElements => {
  const nodes = new Set(graph.nodes.map((node) => node.data.id));
  const edges = new Set(graph.edges.map((edge) => edge.data.id));
  return {
    ...graph,
    nodes: [...graph.nodes, ...chains.nodes.filter((node) => !nodes.has(node.data.id))],
    edges: [...graph.edges, ...chains.edges.filter((edge) => !edges.has(edge.data.id))],
  };
};
