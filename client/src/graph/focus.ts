import type { GraphElements } from '@pag/graph-seed';

/**
 * The nodes a person has chosen to look at, or null for every node the filters let through.
 * Expanding adds a node's neighbours; collapsing takes away the neighbours that hang only
 * from it.
 */
export type Focus = readonly string[] | null;

/** Ids of the nodes joined to `nodeId` by any relationship in the graph. */
export const neighbourIds = (graph: GraphElements, nodeId: string): Set<string> => {
  const ids = new Set<string>();
  for (const { data } of graph.edges) {
    if (data.source === nodeId) ids.add(data.target);
    if (data.target === nodeId) ids.add(data.source);
  }
  ids.delete(nodeId);
  return ids;
};

const allIds = (graph: GraphElements, focus: Focus): Set<string> =>
  new Set(focus ?? graph.nodes.map((node) => node.data.id));

const sorted = (ids: Set<string>): readonly string[] => [...ids].sort();

/** The focus with the node and all its neighbours shown. */
export const expandFocus = (graph: GraphElements, focus: Focus, nodeId: string): Focus => {
  if (focus === null) return sorted(new Set([nodeId, ...neighbourIds(graph, nodeId)]));
  return sorted(new Set([...focus, nodeId, ...neighbourIds(graph, nodeId)]));
};

/** The shown neighbours of the node that hang from it alone: what collapsing it takes away. */
const hangingFrom = (graph: GraphElements, shown: Set<string>, nodeId: string): string[] =>
  [...neighbourIds(graph, nodeId)].filter(
    (id) =>
      shown.has(id) && ![...neighbourIds(graph, id)].some((n) => n !== nodeId && shown.has(n)),
  );

/**
 * The focus without the node's neighbours that have no other shown neighbour: what
 * expanding the node brought in. The node itself stays. Unchanged when nothing hangs from it.
 */
export const collapseFocus = (graph: GraphElements, focus: Focus, nodeId: string): Focus => {
  const shown = allIds(graph, focus);
  const hanging = hangingFrom(graph, shown, nodeId);
  if (hanging.length === 0) return focus;
  for (const id of hanging) shown.delete(id);
  return sorted(shown);
};

/** How many shown neighbours collapsing the node would take away. */
export const collapsibleCount = (graph: GraphElements, focus: Focus, nodeId: string): number =>
  hangingFrom(graph, allIds(graph, focus), nodeId).length;

/** How many neighbours of the node the focus does not show yet. */
export const hiddenNeighbourCount = (
  graph: GraphElements,
  focus: Focus,
  nodeId: string,
): number => {
  if (focus === null) return 0;
  const shown = new Set(focus);
  return [...neighbourIds(graph, nodeId)].filter((id) => !shown.has(id)).length;
};

/** The part of the graph the focus shows: its nodes and the relationships between them. */
export const applyFocus = (graph: GraphElements, focus: Focus): GraphElements => {
  if (focus === null) return graph;
  const shown = new Set(focus);
  return {
    nodes: graph.nodes.filter((node) => shown.has(node.data.id)),
    edges: graph.edges.filter((edge) => shown.has(edge.data.source) && shown.has(edge.data.target)),
    truncated: graph.truncated,
  };
};
