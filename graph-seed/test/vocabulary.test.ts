import { describe, expect, it } from 'vitest';
import {
  Basis,
  Modality,
  bases,
  compareStrength,
  modalities,
  weakestOf,
  DocumentStatus,
  DocumentType,
  NodeKind,
  RelationshipType,
  documentStatuses,
  documentTypes,
  nodeKinds,
  relationshipTypes,
  hopKind,
  isAuthority,
  type BilingualLabel,
} from '../src';

const vocabularies: [string, readonly string[], Readonly<Record<string, BilingualLabel>>][] = [
  ['node kinds', NodeKind.options, nodeKinds],
  ['relationship types', RelationshipType.options, relationshipTypes],
  ['document types', DocumentType.options, documentTypes],
  ['document statuses', DocumentStatus.options, documentStatuses],
  ['bases', Basis.options, bases],
  ['modalities', Modality.options, modalities],
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

describe('the strength of a claim', () => {
  it('ranks the basis first, then the wording', () => {
    const mayProvision = { basis: 'provision', modality: 'may' } as const;
    const mustReading = { basis: 'author-reading', modality: 'must' } as const;
    const mustProvision = { basis: 'provision', modality: 'must' } as const;
    expect(compareStrength(mustReading, mayProvision)).toBeLessThan(0);
    expect(compareStrength(mayProvision, mustProvision)).toBeLessThan(0);
    expect(compareStrength(mustProvision, { basis: 'provision', modality: 'descriptive' })).toBe(0);
    expect(
      compareStrength(
        { basis: 'title-inference', modality: 'must' },
        {
          basis: 'official-report',
          modality: 'may',
        },
      ),
    ).toBeLessThan(0);
  });

  it('finds the weakest of a chain, the first of equals, and none of nothing', () => {
    const hops = [
      { id: 'a', basis: 'provision', modality: 'must' },
      { id: 'b', basis: 'provision', modality: 'should' },
      { id: 'c', basis: 'official-report', modality: 'must' },
      { id: 'd', basis: 'provision', modality: 'should' },
    ] as const;
    expect(weakestOf(hops)?.id).toBe('c');
    expect(weakestOf(hops.slice(0, 2))?.id).toBe('b');
    expect(weakestOf([hops[1], hops[3]])?.id).toBe('b');
    expect(weakestOf<(typeof hops)[number]>([])).toBeUndefined();
  });
});

describe('hopKind', () => {
  it('tells command from provenance on every line of authority, and nothing else', () => {
    for (const type of RelationshipType.options)
      expect(hopKind(type) !== undefined, type).toBe(isAuthority(type));
    expect(hopKind('LEADS')).toBe('command');
    expect(hopKind('MANAGES_CADRES_OF')).toBe('command');
    expect(hopKind('GOVERNS')).toBe('command');
    for (const type of ['PART_OF', 'ISSUED_BY', 'PASSED_AT', 'MEETING_OF'] as const)
      expect(hopKind(type), type).toBe('provenance');
  });
});
