import type { RelationshipType } from '@pag/graph-seed';
import type { Language } from '../i18n/messages';
import { nodeName, verbParts, type Named } from '../i18n/names';

/** What a hover tip says: the full text, and a second line where there is one. */
export interface TipText {
  readonly text: string;
  readonly detail: string | null;
}

/** A node's name in the language shown, with its name in the other language beneath. */
export const nodeTip = (node: Named, language: Language): TipText => {
  const text = nodeName(node, language);
  const other = nodeName(node, language === 'zh' ? 'en' : 'zh');
  return { text, detail: other === text ? null : other };
};

/** A relationship read along its arrow: "A leads B", "A 必须接受 B 的领导". */
export const edgeTip = (
  type: RelationshipType,
  source: Named,
  target: Named,
  language: Language,
): TipText => {
  const [verb, verbEnd] = verbParts(type, language, source);
  const text = [nodeName(source, language), verb, nodeName(target, language), verbEnd]
    .filter(Boolean)
    .join(' ');
  return { text, detail: null };
};
