import { describe, expect, it } from 'vitest';
import type { ChainsResponse, Hop } from '@pag/graph-seed';
import { toHighlight } from '../src/graph/trace-highlight';

const hop = (edgeId: string, from: string, to: string): Hop => ({
  edgeId,
  from,
  to,
  type: 'LEADS',
  source: to,
  target: from,
  forward: false,
  authority: true,
  basis: 'provision',
  modality: 'must',
  note: null,
  modalityNote: null,
  sources: [],
});

const node = (id: string) => ({
  data: { id, kind: 'party-organ' as const, name: id, nameZh: null },
});

const result: ChainsResponse = {
  chains: [
    { hops: [hop('e1', 'a', 'b'), hop('e2', 'b', 'centre')] },
    { hops: [hop('e3', 'a', 'c'), hop('e4', 'c', 'centre')] },
  ],
  nodes: ['a', 'b', 'c', 'centre'].map(node),
  edges: [],
  truncated: false,
  filter: null,
};

describe('what a trace highlights', () => {
  it('is every node of every chain, or of the one chain shown alone', () => {
    expect([...toHighlight(result).nodes].sort()).toEqual(['a', 'b', 'c', 'centre']);
    const second = toHighlight(result, 1);
    expect([...second.nodes].sort()).toEqual(['a', 'c', 'centre']);
    expect([...second.edges]).toEqual(['e3', 'e4']);
    // An index past the chains shows them all.
    expect(toHighlight(result, 5).nodes.size).toBe(4);
  });
});
