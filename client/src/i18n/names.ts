import { relationshipTypes, type NodeKind, type RelationshipType } from '@pag/graph-seed';
import { nodeKindStyles } from '../graph/node-kinds';
import type { Language } from './messages';

/** A node's name in the language shown, falling back to the other where it has none. */
export const nodeName = (
  names: { readonly label: string; readonly labelZh: string | null },
  language: Language,
): string => (language === 'zh' && names.labelZh ? names.labelZh : names.label);

/** A relationship type as it reads along its arrow ("leads", "领导"). */
export const typeName = (type: RelationshipType, language: Language): string =>
  language === 'zh' ? relationshipTypes[type].labelZh : relationshipTypes[type].label;

export const kindName = (kind: NodeKind, language: Language): string =>
  language === 'zh' ? nodeKindStyles[kind].labelZh : nodeKindStyles[kind].label;

/**
 * A relationship's reading split around its object: "leads" → ["leads", ""], and
 * "必须接受…的领导" → ["必须接受", "的领导"], so "A 必须接受 B 的领导" reads in order.
 */
export const verbParts = (type: RelationshipType, language: Language): [string, string] => {
  const [before = '', after = ''] = typeName(type, language).split('…');
  return [before, after];
};
