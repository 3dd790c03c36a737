import type { ChainsResponse } from '@pag/graph-seed';

/** The ids a traced set of chains passes through, to highlight while the rest is dimmed. */
export interface Highlight {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

export const toHighlight = (chains: ChainsResponse): Highlight => ({
  nodes: new Set(chains.nodes.map((node) => node.data.id)),
  edges: new Set(chains.edges.map((edge) => edge.data.id)),
});
