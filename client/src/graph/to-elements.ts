import type { ElementDefinition } from 'cytoscape';
import { hopKind, type GraphElements } from '@pag/graph-seed';
import type { Language } from '../i18n/messages';
import { nodeName, typeName, type Named } from '../i18n/names';
import { labelSize } from './label-size';
import { prominence } from './node-prominence';

const CJK = /[\u3400-\u9fff]/;

/**
 * What a node draws: its name in the language shown, and whether that name is Chinese, which
 * has no spaces to wrap at and so may wrap between any two characters.
 */
export const nodeCaption = (
  named: Named,
  language: Language,
): { caption: string; wrapAnywhere: boolean } => {
  const caption = nodeName(named, language);
  return { caption, wrapAnywhere: CJK.test(caption) };
};

/**
 * Maps the API's graph to Cytoscape element definitions, adding what is drawn: each node's
 * name in the language shown and its prominence, and each relationship's reading and, on a
 * line of authority, whether it commands or tells where authority comes from.
 */
export const toElements = (graph: GraphElements, language: Language): ElementDefinition[] => [
  ...graph.nodes.map((node) => {
    const level = prominence(node.data);
    return {
      group: 'nodes' as const,
      data: {
        ...node.data,
        ...nodeCaption(node.data, language),
        prominence: level,
        ...labelSize(level, 1),
      },
    };
  }),
  ...graph.edges.map((edge) => ({
    group: 'edges' as const,
    data: {
      ...edge.data,
      caption: typeName(edge.data.type, language),
      hop: hopKind(edge.data.type) ?? null,
      ...labelSize(null, 1),
    },
  })),
];
