import {
  bases,
  documentStatuses,
  modalities,
  documentTypes,
  nodeKinds,
  relationshipTypes,
  type Basis,
  type BilingualLabel,
  type DocumentStatus,
  type DocumentType,
  type Modality,
  type NodeKind,
  type RelationshipType,
} from '@pag/graph-seed';
import type { Language } from './messages';

/** Anything with a name in English and, where known, in Chinese: a node, a document. */
export interface Named {
  readonly name: string;
  readonly nameZh: string | null;
}

/** A node's name in the language shown, falling back to English where it has no Chinese one. */
export const nodeName = (named: Named, language: Language): string =>
  language === 'zh' && named.nameZh ? named.nameZh : named.name;

/** A term of the model's vocabulary in the language shown. */
const termLabel = (term: BilingualLabel, language: Language): string =>
  language === 'zh' ? term.labelZh : term.label;

/** A relationship type as it reads along its arrow ("leads", "领导"). */
export const typeName = (type: RelationshipType, language: Language): string =>
  termLabel(relationshipTypes[type], language);

export const kindName = (kind: NodeKind, language: Language): string =>
  termLabel(nodeKinds[kind], language);

export const documentTypeName = (type: DocumentType, language: Language): string =>
  termLabel(documentTypes[type], language);

export const statusName = (status: DocumentStatus, language: Language): string =>
  termLabel(documentStatuses[status], language);

/**
 * Whether an English name takes a plural verb ("Party groups lead", "the Regulation
 * governs"): whether its head noun — the words before "of", "on", "for", a comma or the like,
 * without any parenthesis — ends in a plural "s".
 */
export const takesPluralVerb = (name: string): boolean => {
  const plain = name.replace(/\s*[(（][^)）]*[)）]/g, '');
  const head =
    plain.split(/,|\s(?:of|on|for|at|in|with|under|from|to|by|and those)\s/i)[0] ?? plain;
  // "Multiple subjects participating in …": the noun before a participle heads it.
  const words = head.trim().split(/\s+/);
  const last =
    (words.length > 1 && /ing$/i.test(words.at(-1) ?? '') ? words.at(-2) : words.at(-1)) ?? '';
  return /[a-z]s$/i.test(last) && !/(ss|us|is)$/i.test(last);
};

/**
 * A relationship's reading split around its object: "leads" → ["leads", ""], and
 * "必须接受…的领导" → ["必须接受", "的领导"], so "A 必须接受 B 的领导" reads in order. In
 * English the verb agrees with its subject, the relationship's source, when it is given
 * ("Party groups lead …").
 */
export const verbParts = (
  type: RelationshipType,
  language: Language,
  subject?: Named,
): [string, string] => {
  const label =
    language === 'en' && subject && takesPluralVerb(subject.name)
      ? relationshipTypes[type].labelPlural
      : typeName(type, language);
  const [before = '', after = ''] = label.split('…');
  return [before, after];
};

/** What kind of statement supports a claim, in the language shown ("the document's own provision"). */
export const basisName = (basis: Basis, language: Language): string =>
  termLabel(bases[basis], language);

/** How strongly a claim is worded, in the language shown ("a permission (may)"). */
export const modalityName = (modality: Modality, language: Language): string =>
  termLabel(modalities[modality], language);
