import { describe, expect, it } from 'vitest';
import type { Chain } from '@pag/graph-seed';
import { chainGroups } from '../src/export/chain-tree';

/** A chain through these nodes, in order. */
const chain = (...nodes: string[]): Chain => ({
  hops: nodes.slice(1).map((to, i) => ({
    edgeId: `${nodes[i]}-${to}`,
    from: nodes[i] ?? '',
    to,
    type: 'LEADS',
    source: nodes[i] ?? '',
    target: to,
    forward: true,
    authority: true,
    basis: 'provision',
    modality: 'must',
    note: null,
    modalityNote: null,
    sources: [],
  })),
});

const chains = [
  chain('centre', 'office', 'group', 'orgs'),
  chain('centre', 'group', 'units'),
  chain('centre', 'office', 'units'),
  chain('centre', 'orgs'),
];

describe('chainGroups', () => {
  it('groups chains by each node they pass through, the busiest first, a chain in each of its groups', () => {
    expect(chainGroups(chains, 'intermediary')).toEqual([
      { node: 'office', chains: [0, 2] },
      { node: 'group', chains: [0, 1] },
    ]);
  });

  it('groups chains by the node they end at, every chain once', () => {
    expect(chainGroups(chains, 'endpoint')).toEqual([
      { node: 'orgs', chains: [0, 3] },
      { node: 'units', chains: [1, 2] },
    ]);
  });

  it('has no groups for no chains', () => {
    expect(chainGroups([], 'endpoint')).toEqual([]);
    expect(chainGroups([chain('centre', 'orgs')], 'intermediary')).toEqual([]);
  });
});
