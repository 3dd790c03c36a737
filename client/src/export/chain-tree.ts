import type { Chain, Hop } from '@pag/graph-seed';

/** One hop of the tree of chains: stated once, with every way the chains go on from it. */
export interface ChainTreeBranch {
  readonly hop: Hop;
  readonly branches: readonly ChainTreeBranch[];
}

/** Chains that start at one node, as a tree: hops they share are one branch. */
export interface ChainTree {
  readonly start: string;
  readonly branches: readonly ChainTreeBranch[];
}

interface Growing {
  readonly hop: Hop;
  readonly next: Map<string, Growing>;
}

const toBranches = (next: Map<string, Growing>): ChainTreeBranch[] =>
  [...next.values()].map(({ hop, next: after }) => ({ hop, branches: toBranches(after) }));

/**
 * Chains as trees, one per starting node, in the order the chains come: the hops two chains
 * share from their start are stated once, and the chains part where their hops do.
 */
export const chainTrees = (chains: readonly Chain[]): ChainTree[] => {
  const roots = new Map<string, Map<string, Growing>>();
  for (const chain of chains) {
    const start = chain.hops[0]?.from;
    if (start === undefined) continue;
    let level: Map<string, Growing> = roots.get(start) ?? new Map<string, Growing>();
    roots.set(start, level);
    for (const hop of chain.hops) {
      const key = `${hop.edgeId}>${hop.to}`;
      const branch: Growing = level.get(key) ?? { hop, next: new Map<string, Growing>() };
      level.set(key, branch);
      level = branch.next;
    }
  }
  return [...roots].map(([start, next]) => ({ start, branches: toBranches(next) }));
};

/** The nodes chains pass through between their ends, each with how many chains do. */
export const intermediaries = (chains: readonly Chain[]): { id: string; chains: number }[] => {
  const counts = new Map<string, number>();
  for (const chain of chains) {
    const inside = new Set(chain.hops.slice(0, -1).map((hop) => hop.to));
    for (const id of inside) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, chains: count }))
    .sort((a, b) => b.chains - a.chains);
};

/** How chains may be grouped: by the node they end at, or by each node they pass through. */
export type ChainGrouping = 'endpoint' | 'intermediary';

/** Chains gathered under one node: the indexes of the chains, in their order. */
export interface ChainGroup {
  readonly node: string;
  readonly chains: readonly number[];
}

/**
 * Chains grouped by where they end, or by the nodes they pass through between their ends
 * (a chain through two such nodes is in both groups); the largest group first, then in the
 * order the groups first appear.
 */
export const chainGroups = (chains: readonly Chain[], by: ChainGrouping): ChainGroup[] => {
  const groups = new Map<string, number[]>();
  chains.forEach((chain, index) => {
    const last = chain.hops.at(-1)?.to;
    const keys =
      by === 'endpoint'
        ? last === undefined
          ? []
          : [last]
        : new Set(chain.hops.slice(0, -1).map((hop) => hop.to));
    for (const key of keys) groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  return [...groups]
    .map(([node, members]) => ({ node, chains: members }))
    .sort((a, b) => b.chains.length - a.chains.length);
};
