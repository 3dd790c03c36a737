import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { authorityEnds, type GraphElements } from '@pag/graph-seed';

/** Room a node takes on the canvas: the shape and the wrapped caption beneath it. */
const NODE_WIDTH = 128;
const NODE_HEIGHT = 96;

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Positions for a top-down authority layout: every line of authority runs downwards, from
 * the body above to what it reaches (whichever way the relationship's arrow points), so the
 * Party centre is on top, then organs and offices, documents, Party groups and the governed
 * organizations below. Other relationships only pull their ends close, weakly.
 */
export const authorityLayout = (graph: GraphElements): Positions => {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 16, ranksep: 60, edgesep: 12, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const { data } of graph.nodes)
    g.setNode(data.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const { data } of graph.edges) {
    const ends = authorityEnds(data.type, data.source, data.target);
    const [from, to] = ends ? [ends.above, ends.below] : [data.source, data.target];
    g.setEdge(from, to, { weight: ends ? 4 : 1, minlen: 1 }, data.id);
  }
  layout(g);
  return Object.fromEntries(
    graph.nodes.map(({ data }) => {
      const { x = 0, y = 0 } = g.node(data.id);
      return [data.id, { x, y }];
    }),
  );
};
