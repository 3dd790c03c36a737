import type { ElementDefinition } from 'cytoscape';
import type { GraphElements } from '@pag/graph-seed';

/** The text drawn on a node: the English name, with the Chinese name beneath where known. */
export const nodeCaption = (label: string, labelZh: string | null): string =>
  labelZh ? `${label}\n${labelZh}` : label;

/** Maps the API's graph to Cytoscape element definitions, adding the drawn caption. */
export const toElements = (graph: GraphElements): ElementDefinition[] => [
  ...graph.nodes.map((node) => ({
    group: 'nodes' as const,
    data: { ...node.data, caption: nodeCaption(node.data.label, node.data.labelZh) },
  })),
  ...graph.edges.map((edge) => ({ group: 'edges' as const, data: { ...edge.data } })),
];
