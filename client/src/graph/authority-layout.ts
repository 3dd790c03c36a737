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
 * organizations below. Other relationships do not rank what lines of authority already place
 * (the Central Committee being one of the Party's organizations does not push them down); a
 * node on no line of authority hangs beneath what it relates to, as participants beneath the
 * process they take part in.
 */
export const authorityLayout = (graph: GraphElements): Positions => {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 16, ranksep: 60, edgesep: 12, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const { data } of graph.nodes)
    g.setNode(data.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const placed = new Set<string>();
  for (const { data } of graph.edges) {
    const ends = authorityEnds(data.type, data.source, data.target);
    if (!ends) continue;
    placed.add(ends.above).add(ends.below);
    g.setEdge(ends.above, ends.below, { weight: 4, minlen: 1 }, data.id);
  }
  for (const { data } of graph.edges) {
    if (authorityEnds(data.type, data.source, data.target)) continue;
    if (placed.has(data.source) && placed.has(data.target)) continue;
    const [from, to] = placed.has(data.target)
      ? [data.target, data.source]
      : [data.source, data.target];
    g.setEdge(from, to, { weight: 1, minlen: 1 }, data.id);
  }
  layout(g);
  return Object.fromEntries(
    graph.nodes.map(({ data }) => {
      const { x = 0, y = 0 } = g.node(data.id);
      return [data.id, { x, y }];
    }),
  );
};
