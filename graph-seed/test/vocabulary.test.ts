import { describe, expect, it } from 'vitest';
import {
  DocumentStatus,
  DocumentType,
  NodeKind,
  RelationshipType,
  documentStatuses,
  documentTypes,
  nodeKinds,
  relationshipTypes,
  type BilingualLabel,
} from '../src';

const vocabularies: [string, readonly string[], Readonly<Record<string, BilingualLabel>>][] = [
  ['node kinds', NodeKind.options, nodeKinds],
  ['relationship types', RelationshipType.options, relationshipTypes],
  ['document types', DocumentType.options, documentTypes],
  ['document statuses', DocumentStatus.options, documentStatuses],
];

describe('the vocabulary', () => {
  it.each(vocabularies)('labels every one of the %s in English and Chinese', (_, terms, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...terms].sort());
    for (const term of terms) {
      const { label, labelZh } = labels[term] ?? { label: '', labelZh: '' };
      expect(label, term).toMatch(/^[\w’'(). -]+$/u);
      expect(labelZh, term).toMatch(/\p{Script=Han}/u);
    }
  });

  it.each(vocabularies)('gives each of the %s its own labels', (_, terms, labels) => {
    for (const key of ['label', 'labelZh'] as const) {
      const used = terms.map((term) => labels[term]?.[key]);
      expect(new Set(used).size, key).toBe(terms.length);
    }
  });
});
