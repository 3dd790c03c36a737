import type { ChainsResponse } from '@pag/graph-seed';

/** The ids a traced set of chains passes through, to highlight while the rest is dimmed. */
export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/**
 * What to highlight: every chain, or with `only` (its index) that chain alone, its nodes and
 * the relationships of its hops.
 */
export const toHighlight = (chains: ChainsResponse, only: number | null = null): Highlight => {
  const chain = only === null ? undefined : chains.chains[only];
  if (!chain) {
    return {
      nodes: new Set(chains.nodes.map((node) => node.data.id)),
      edges: new Set(chains.edges.map((edge) => edge.data.id)),
    };
  }
  return {
    nodes: new Set(chain.hops.flatMap((hop) => [hop.from, hop.to])),
    edges: new Set(chain.hops.map((hop) => hop.edgeId)),
  };
};
