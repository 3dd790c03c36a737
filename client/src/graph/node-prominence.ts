import { PARTY_CENTRE_ID, type NodeKind } from '@pag/graph-seed';

/**
 * How prominently a node is drawn, by its role in the lines of authority: the Party centre
 * most, then the organs of Party and state the lines pass through, then everything else.
 * The canvas sizes nodes and their names by it, and at low zoom names only the prominent.
 */
export type Prominence = 1 | 2 | 3;

export const prominence = (node: { readonly id: string; readonly kind: NodeKind }): Prominence => {
  if (node.id === PARTY_CENTRE_ID) return 3;
  return node.kind === 'party-organ' || node.kind === 'state-organ' ? 2 : 1;
};

/** What each prominence draws: the shape's size, the name's size and how wide it may wrap. */
export const prominenceSizes: Record<
  Prominence,
  { readonly node: number; readonly font: number; readonly textWidth: number }
> = {
  3: { node: 56, font: 26, textWidth: 200 },
  2: { node: 42, font: 19, textWidth: 160 },
  1: { node: 32, font: 13, textWidth: 120 },
};
