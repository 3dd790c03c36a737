import type { ElementDefinition } from 'cytoscape';
import type { GraphElements } from '@pag/graph-seed';
import type { Language } from '../i18n/messages';
import { nodeName, typeName } from '../i18n/names';

/**
 * Maps the API's graph to Cytoscape element definitions, adding the drawn captions: each
 * node's name and each relationship's reading in the language shown.
 */
export const toElements = (graph: GraphElements, language: Language): ElementDefinition[] => [
  ...graph.nodes.map((node) => ({
    group: 'nodes' as const,
    data: { ...node.data, caption: nodeName(node.data, language) },
  })),
  ...graph.edges.map((edge) => ({
    group: 'edges' as const,
    data: { ...edge.data, caption: typeName(edge.data.type, language) },
  })),
];
