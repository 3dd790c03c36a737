import type { GraphElements } from '@pag/graph-seed';

/**
 * A view with more elements drawn into it — the traced chains or found paths beyond a view
 * cut by rank, so that a chain from an organization far from the centre is drawn whole, or
 * the members of a group opened a page at a time. Each element once, the view's first.
 */
export const drawIn = <View extends GraphElements>(
  view: View,
  more: Pick<GraphElements, 'nodes' | 'edges'>,
): View => {
  if (more.nodes.length === 0 && more.edges.length === 0) return view;
  const nodes = new Set(view.nodes.map((node) => node.data.id));
  const edges = new Set(view.edges.map((edge) => edge.data.id));
  return {
    ...view,
    nodes: [
      ...view.nodes,
      ...more.nodes.filter((node) => !nodes.has(node.data.id) && nodes.add(node.data.id)),
    ],
    edges: [
      ...view.edges,
      ...more.edges.filter((edge) => !edges.has(edge.data.id) && edges.add(edge.data.id)),
    ],
  };
};
