import type { GraphNode } from '../schema/node';
import type { GraphRelationship } from '../schema/relationship';
import { PARTY_CENTRE_ID } from '../schema/party-centre';
import { compareStrength, type ClaimStrength } from '../vocabulary/claim-strength';
import { authorityEnds } from '../vocabulary/relationship-type';
import type { SeedGraph } from './validate-graph';

/** How a governed organization stands to the Party centre. */
export type ReachEntry =
  | {
      readonly node: GraphNode;
      readonly reaches: true;
      /** The weakest claim on the strongest chain up to the centre: the chain is no stronger. */
      readonly weakest: ClaimStrength & { readonly relationship: string };
      /** Hops on that chain. */
      readonly hops: number;
    }
  | {
      readonly node: GraphNode;
      readonly reaches: false;
      /** Why the data gives it no line of authority, as recorded under `unconnected`. */
      readonly reason: string | undefined;
    };

interface Label {
  readonly weakest: (ClaimStrength & { readonly relationship: string }) | undefined;
  readonly hops: number;
}

/** Whether label `a` is better than `b`: a stronger weakest link, then fewer hops. */
const better = (a: Label, b: Label | undefined): boolean => {
  if (!b) return true;
  if (!a.weakest || !b.weakest) return a.weakest === undefined && b.weakest !== undefined;
  return (
    compareStrength(a.weakest, b.weakest) > 0 ||
    (compareStrength(a.weakest, b.weakest) === 0 && a.hops < b.hops)
  );
};

/** The weaker of a chain's weakest link so far and one more hop. */
const through = (label: Label, relationship: GraphRelationship): Label => {
  const hop = {
    basis: relationship.basis,
    modality: relationship.modality,
    relationship: relationship.id,
  };
  const weakest = !label.weakest || compareStrength(hop, label.weakest) < 0 ? hop : label.weakest;
  return { weakest, hops: label.hops + 1 };
};

/**
 * For every governed organization: whether lines of authority lead from it up to the Party
 * centre and, if so, the weakest claim on its strongest chain (the chain whose weakest link
 * is strongest, then the shortest) — or, if not, the reason recorded for it. A widest-path
 * search down from the centre over the lines of authority, on the curated graph.
 */
export const reachReport = (graph: SeedGraph): ReachEntry[] => {
  const below = new Map<string, { node: string; relationship: GraphRelationship }[]>();
  for (const relationship of graph.relationships) {
    const ends = authorityEnds(relationship.type, relationship.source, relationship.target);
    if (!ends) continue;
    below.set(ends.above, [...(below.get(ends.above) ?? []), { node: ends.below, relationship }]);
  }
  const labels = new Map<string, Label>([[PARTY_CENTRE_ID, { weakest: undefined, hops: 0 }]]);
  const settled = new Set<string>();
  for (;;) {
    let next: [string, Label] | undefined;
    for (const entry of labels) {
      if (!settled.has(entry[0]) && (!next || better(entry[1], next[1]))) next = entry;
    }
    if (!next) break;
    const [id, label] = next;
    settled.add(id);
    for (const step of below.get(id) ?? []) {
      if (settled.has(step.node)) continue;
      const candidate = through(label, step.relationship);
      if (better(candidate, labels.get(step.node))) labels.set(step.node, candidate);
    }
  }
  const reasons = new Map(graph.unconnected.map((u) => [u.node, u.reason]));
  return graph.nodes
    .filter((node) => node.kind === 'governed-entity')
    .map((node): ReachEntry => {
      const label = labels.get(node.id);
      return label?.weakest
        ? { node, reaches: true, weakest: label.weakest, hops: label.hops }
        : { node, reaches: false, reason: reasons.get(node.id) };
    });
};
