import { describe, expect, it } from 'vitest';
import { ChainsResponse } from '@pag/graph-seed';
import { PathRow, toChainsResponse } from '../src/repositories/chain-mapper';
import { toEdgeElement, toNodeElement } from '../src/repositories/elements';
import {
  EvidenceColumns,
  toEvidenceItems,
  toSourceIndex,
} from '../src/repositories/evidence-mapper';

const sources = toSourceIndex([
  {
    id: 'paper',
    title: 'The working paper',
    url: null,
    author: 'A. Author',
    publisher: null,
    date: '2015',
    citedIn: null,
  },
  {
    id: 'xinhua',
    title: 'Xinhua report',
    url: 'http://example.org/x',
    author: null,
    publisher: 'Xinhuanet',
    date: '2015-05-29',
    citedIn: 'paper',
  },
]);

const evidence = (quote: string, source = 'paper') => ({
  sources: [source],
  locators: ['§1'],
  quotes: [quote],
});

// social-organizations <-LEADS- party-groups -MUST_ACCEPT_LEADERSHIP_OF-> party-organizations
const path = PathRow.parse({
  pathNodes: [
    { id: 'orgs', kind: 'governed-entity', name: 'Social organizations', nameZh: '社会组织' },
    { id: 'groups', kind: 'party-organ', name: 'Party groups', nameZh: '党组' },
    { id: 'party', kind: 'party-organ', name: 'Party organizations', nameZh: null },
  ],
  pathRels: [
    {
      id: 'groups-lead-orgs',
      type: 'LEADS',
      source: 'groups',
      target: 'orgs',
      basis: 'provision',
      modality: 'descriptive',
      note: null,
      modalityNote: null,
      evidence: evidence('play the role of leadership'),
    },
    {
      id: 'groups-accept-party',
      type: 'MUST_ACCEPT_LEADERSHIP_OF',
      source: 'groups',
      target: 'party',
      basis: 'provision',
      modality: 'must',
      note: 'The author reads this as a line of authority.',
      modalityNote: null,
      evidence: evidence('must accept the leadership', 'xinhua'),
    },
  ],
});

describe('evidence as stored', () => {
  it('zips the parallel lists into citations with their source title and link', () => {
    expect(toEvidenceItems(evidence('must accept', 'xinhua'), sources)).toEqual([
      {
        sourceId: 'xinhua',
        title: 'Xinhua report',
        url: 'http://example.org/x',
        author: null,
        publisher: 'Xinhuanet',
        date: '2015-05-29',
        quotedIn: 'The working paper',
        locator: '§1',
        quote: 'must accept',
      },
    ]);
  });

  it('names an unknown source by its id rather than dropping the quote', () => {
    expect(toEvidenceItems(evidence('a quote', 'gone'), sources)[0]).toMatchObject({
      title: 'gone',
      url: null,
      quote: 'a quote',
    });
  });

  it('refuses lists of different lengths, which would pair a quote with the wrong source', () => {
    const skewed = { sources: ['paper', 'xinhua'], locators: ['§1'], quotes: ['a', 'b'] };
    expect(EvidenceColumns.safeParse(skewed).success).toBe(false);
  });
});

describe('graph elements', () => {
  it('marks a relationship as a line of authority by its type alone', () => {
    const ends = { source: 'a', target: 'b', basis: 'provision', modality: 'may' } as const;
    expect(toEdgeElement({ id: 'x', type: 'LEADS', ...ends }).data.authority).toBe(true);
    expect(toEdgeElement({ id: 'y', type: 'BASED_ON', ...ends }).data.authority).toBe(false);
    const node = { id: 'a', kind: 'party-organ' as const, name: 'A', nameZh: null };
    expect(toNodeElement(node)).toEqual({ data: node });
  });
});

describe('toChainsResponse', () => {
  it('reads each hop in the direction of travel and says whether it follows the arrow', () => {
    const response = ChainsResponse.parse(toChainsResponse([path], sources, 10));
    const [first, second] = response.chains[0]?.hops ?? [];
    expect(first).toMatchObject({ from: 'orgs', to: 'groups', type: 'LEADS', forward: false });
    expect(second).toMatchObject({ from: 'groups', to: 'party', forward: true, authority: true });
    expect(second?.sources[0]).toMatchObject({
      title: 'Xinhua report',
      quote: 'must accept the leadership',
    });
  });

  it('lists each element the chains pass through once, and marks a cut-off answer', () => {
    const response = toChainsResponse([path, path], sources, 1);
    expect(response.chains).toHaveLength(1);
    expect(response.truncated).toBe(true);
    expect(response.nodes.map((n) => n.data.id)).toEqual(['orgs', 'groups', 'party']);
    expect(response.edges.map((e) => e.data.id)).toEqual([
      'groups-lead-orgs',
      'groups-accept-party',
    ]);
    expect(toChainsResponse([path], sources, 1).truncated).toBe(false);
  });
});
