import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import { authorityEnds, type EdgeElement, type NodeSummary } from '@pag/graph-seed';
import { prominence, prominenceSizes } from './node-prominence';

/** Room around a node's shape and its caption (up to three lines beneath it). */
const NODE_MARGIN = 8;
const CAPTION_LINES = 3;
/** A group's count and kind: two lines at most ("1,575 governed / organizations"). */
const GROUP_CAPTION_LINES = 2;
const LINE_HEIGHT = 1.3;
/** Leaves hanging from one node are stacked in a block beneath it once there are this many. */
const MIN_STACK = 3;

export type Positions = Record<string, { x: number; y: number }>;

/** A box the layout placed: a node, or a block of stacked leaves. */
interface Item {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Gaps between boxes side by side, and between ranks. */
const SEPARATION = 16;
const RANK_SEPARATION = 48;
/** The shape of screen the layout is made for: wider than tall, as a desktop canvas. */
const TARGET_ASPECT = 1.3;
/** How far the layout may narrow: each ratio is tried, and the one that fits best kept. */
const NARROWING = [1, 0.8, 0.65, 0.5, 0.4, 0.3, 0.2, 0.15];

/**
 * Narrows a layout by `factor`: ranks keep their order from top to bottom and each box its
 * order from left to right, but a rank too wide for its new room stands in staggered rows,
 * each box in the first row where it does not touch its left neighbour.
 */
const compact = (items: readonly Item[], factor: number): Item[] => {
  const ranks = new Map<number, Item[]>();
  for (const item of items) {
    const key = Math.round(item.y);
    ranks.set(key, [...(ranks.get(key) ?? []), item]);
  }
  const placed: Item[] = [];
  let top = 0;
  for (const [, rank] of [...ranks].sort(([a], [b]) => a - b)) {
    const step = Math.max(...rank.map((item) => item.height));
    const rowEnds: number[] = [];
    for (const item of [...rank].sort((a, b) => a.x - b.x)) {
      const x = item.x * factor;
      const left = x - item.width / 2;
      let row = rowEnds.findIndex((end) => end + SEPARATION <= left);
      if (row === -1) row = rowEnds.push(0) - 1;
      rowEnds[row] = x + item.width / 2;
      placed.push({ ...item, x, y: top + row * step + item.height / 2 });
    }
    top += rowEnds.length * step + RANK_SEPARATION;
  }
  return placed;
};

/** The narrowing whose layout a TARGET_ASPECT screen shows largest. */
const bestCompaction = (items: readonly Item[]): Item[] => {
  const scored = NARROWING.map((factor) => {
    const placed = compact(items, factor);
    const width =
      Math.max(...placed.map((item) => item.x + item.width / 2)) -
      Math.min(...placed.map((item) => item.x - item.width / 2));
    const height = Math.max(...placed.map((item) => item.y + item.height / 2));
    return { placed, scale: Math.min(TARGET_ASPECT / width, 1 / height) };
  });
  return scored.reduce((best, next) => (next.scale > best.scale ? next : best)).placed;
};

type Node = Pick<NodeSummary, 'id' | 'kind' | 'name'> & {
  /**
   * A group's box of the overview (see group-members): drawn small with its count, and a
   * node's groups stand in one column beneath it.
   */
  readonly group?: boolean;
};

/** What the layout reads of a graph: nodes with their kinds and names, edges with their types. */
export interface LayoutGraph {
  readonly nodes: readonly { readonly data: Node }[];
  readonly edges: readonly {
    readonly data: Pick<EdgeElement['data'], 'id' | 'source' | 'target' | 'type'>;
  }[];
}

/** The room a node takes: its caption's width, its shape and caption's height. */
const roomFor = (node: Node) => {
  const sizes = prominenceSizes[node.group ? 1 : prominence(node)];
  const lines = node.group ? GROUP_CAPTION_LINES : CAPTION_LINES;
  return {
    width: sizes.textWidth + NODE_MARGIN,
    height: sizes.node + sizes.font * lines * LINE_HEIGHT + 2 * NODE_MARGIN,
  };
};

/** The edges the layout ranks by, each from the end placed above to the end below. */
const layoutEdges = (graph: LayoutGraph) => {
  const edges: { id: string; from: string; to: string; authority: boolean }[] = [];
  const placed = new Set<string>();
  for (const { data } of graph.edges) {
    const ends = authorityEnds(data.type, data.source, data.target);
    if (!ends) continue;
    placed.add(ends.above).add(ends.below);
    edges.push({ id: data.id, from: ends.above, to: ends.below, authority: true });
  }
  for (const { data } of graph.edges) {
    if (authorityEnds(data.type, data.source, data.target)) continue;
    if (placed.has(data.source) && placed.has(data.target)) continue;
    const [from, to] = placed.has(data.target)
      ? [data.target, data.source]
      : [data.source, data.target];
    edges.push({ id: data.id, from, to, authority: false });
  }
  return edges;
};

/**
 * The leaves to stack: nodes whose every layout edge comes from one node above them, grouped
 * by that node when it has at least MIN_STACK of them (a row of ten participants beneath a
 * process would otherwise stretch the graph far wider than the screen).
 */
const stackedLeaves = (edges: ReturnType<typeof layoutEdges>) => {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const { from, to } of edges) {
    link(from, to);
    link(to, from);
  }
  const parentsOf = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    let set = parentsOf.get(to);
    if (!set) parentsOf.set(to, (set = new Set()));
    set.add(from);
  }
  const byParent = new Map<string, string[]>();
  for (const [id, set] of neighbours) {
    if (set.size !== 1) continue;
    const [parent] = set;
    if (!parent || !parentsOf.get(id)?.has(parent)) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), id]);
  }
  return new Map([...byParent].filter(([, leaves]) => leaves.length >= MIN_STACK));
};

/**
 * Positions for a top-down authority layout: every line of authority runs downwards, from
 * the body above to what it reaches (whichever way the relationship's arrow points), so the
 * Party centre is on top, then organs and offices, documents, Party groups and the governed
 * organizations below. Other relationships do not rank what lines of authority already place
 * (the Central Committee being one of the Party's organizations does not push them down); a
 * node on no line of authority hangs beneath what it relates to, as participants beneath the
 * process they take part in. Three or more leaves beneath one node stand in a block of
 * rows and columns rather than one long row (a node's groups in one column), and a rank too
 * wide for a screen stands in staggered rows.
 */
export const authorityLayout = (graph: LayoutGraph): Positions => {
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    nodesep: SEPARATION,
    ranksep: RANK_SEPARATION,
    edgesep: 12,
    marginx: 20,
    marginy: 20,
  });
  g.setDefaultEdgeLabel(() => ({}));
  const edges = layoutEdges(graph);
  const stacks = stackedLeaves(edges);
  const stacked = new Set([...stacks.values()].flat());
  const nodes = new Map(graph.nodes.map(({ data }) => [data.id, data]));

  for (const node of nodes.values()) if (!stacked.has(node.id)) g.setNode(node.id, roomFor(node));
  for (const edge of edges) {
    if (stacked.has(edge.to)) continue;
    g.setEdge(edge.from, edge.to, { weight: edge.authority ? 4 : 1, minlen: 1 }, edge.id);
  }
  const blocks = [...stacks].map(([parent, ids]) => {
    const leaves = ids
      .map((id) => nodes.get(id))
      .filter((node): node is Node => node !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
    const cell = {
      width: Math.max(...leaves.map((leaf) => roomFor(leaf).width)),
      height: Math.max(...leaves.map((leaf) => roomFor(leaf).height)),
    };
    const columns = leaves.every((leaf) => leaf.group) ? 1 : Math.ceil(Math.sqrt(leaves.length));
    const rows = Math.ceil(leaves.length / columns);
    const id = `\u0000stack:${parent}`;
    g.setNode(id, { width: columns * cell.width, height: rows * cell.height });
    g.setEdge(parent, id, { weight: 8, minlen: 1 }, id);
    return { id, leaves, cell, columns };
  });

  layout(g);
  const items: Item[] = [...g.nodes()].map((id) => {
    const { x = 0, y = 0, width, height } = g.node(id);
    return { id, x, y, width, height };
  });
  const placedAt = new Map(bestCompaction(items).map((item) => [item.id, item]));
  const positions: Positions = {};
  for (const id of nodes.keys()) {
    const item = placedAt.get(id);
    if (item) positions[id] = { x: item.x, y: item.y };
  }
  for (const { id, leaves, cell, columns } of blocks) {
    const { x = 0, y = 0, width = 0, height = 0 } = placedAt.get(id) ?? {};
    leaves.forEach((leaf, index) => {
      positions[leaf.id] = {
        x: x - width / 2 + cell.width * ((index % columns) + 0.5),
        y: y - height / 2 + cell.height * (Math.floor(index / columns) + 0.5),
      };
    });
  }
  return positions;
};
