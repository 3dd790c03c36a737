import { relationshipTypes, type Basis, type NodeSummary } from '@pag/graph-seed';
import type { PathRow } from './chain-mapper';

type PathRel = PathRow['pathRels'][number];

/** What lies above a node: every node and line of authority reached going up from it. */
export interface UpwardSubgraph {
  readonly nodes: readonly NodeSummary[];
  readonly rels: readonly PathRel[];
}

export interface ChainsUpRequest {
  readonly start: string;
  readonly centre: string;
  /** Most hops per chain. */
  readonly maxDepth: number;
  /** Chains wanted: one more is kept, to tell the answer was cut. */
  readonly limit: number;
  /** Only chains whose every hop rests on one of these; null, any. */
  readonly bases: readonly Basis[] | null;
}

export interface ChainsUp {
  /** Chains from start to the centre, shortest first, ties by their relationship ids. */
  readonly paths: PathRow[];
  /** Chains with a hop outside the bases (counted up to limit + 1); null without a filter. */
  readonly removed: number | null;
}

interface Step {
  readonly rel: PathRel;
  readonly next: string;
}

/** The steps up from each node: against a `down` relationship, along an `up` one. */
const stepsUp = (rels: readonly PathRel[]): Map<string, Step[]> => {
  const up = new Map<string, Step[]>();
  const add = (from: string, step: Step) => up.set(from, [...(up.get(from) ?? []), step]);
  for (const rel of rels) {
    const authority = relationshipTypes[rel.type].authority;
    if (authority === 'down') add(rel.target, { rel, next: rel.source });
    if (authority === 'up') add(rel.source, { rel, next: rel.target });
  }
  for (const steps of up.values()) steps.sort((a, b) => (a.rel.id < b.rel.id ? -1 : 1));
  return up;
};

/** Fewest steps up from each node to the centre, within the subgraph. */
const hopsToCentre = (up: ReadonlyMap<string, readonly Step[]>, centre: string) => {
  const below = new Map<string, string[]>();
  for (const [from, steps] of up) {
    for (const { next } of steps) below.set(next, [...(below.get(next) ?? []), from]);
  }
  const hops = new Map<string, number>([[centre, 0]]);
  let frontier = [centre];
  for (let depth = 1; frontier.length > 0; depth += 1) {
    const reached: string[] = [];
    for (const node of frontier) {
      for (const lower of below.get(node) ?? []) {
        if (!hops.has(lower)) {
          hops.set(lower, depth);
          reached.push(lower);
        }
      }
    }
    frontier = reached;
  }
  return hops;
};

/**
 * Every simple chain of authority from `start` up to `centre` within the subgraph, shortest
 * first and, within a length, in the order of their relationship ids: the same chains, in the
 * same order, as matching every path up over the whole graph. It searches depth first a length
 * at a time, each node's steps in the order of their ids, so chains come out in that order and
 * the search stops once it has what the answer needs; a step is taken only towards a node that
 * still reaches the centre within the hops left.
 */
export const chainsUp = (
  subgraph: UpwardSubgraph,
  { start, centre, maxDepth, limit, bases }: ChainsUpRequest,
): ChainsUp => {
  const summaries = new Map(subgraph.nodes.map((node) => [node.id, node]));
  const summary = (id: string) => {
    const node = summaries.get(id);
    if (!node) throw new Error(`A chain up passes node ${id}, which the subgraph does not hold.`);
    return node;
  };
  const up = stepsUp(subgraph.rels);
  const hops = hopsToCentre(up, centre);
  const paths: PathRow[] = [];
  let removed = 0;
  const enough = () => paths.length > limit && (bases === null || removed > limit);
  const nodes = [start];
  const rels: PathRel[] = [];
  const walk = (at: string, length: number) => {
    if (at === centre) {
      if (rels.length < length) return;
      if (bases === null || rels.every((rel) => bases.includes(rel.basis))) {
        if (paths.length <= limit)
          paths.push({ pathNodes: nodes.map(summary), pathRels: [...rels] });
      } else removed += 1;
      return;
    }
    for (const { rel, next } of up.get(at) ?? []) {
      const left = hops.get(next);
      if (left === undefined || rels.length + 1 + left > length || nodes.includes(next)) continue;
      nodes.push(next);
      rels.push(rel);
      walk(next, length);
      nodes.pop();
      rels.pop();
      if (enough()) return;
    }
  };
  for (let length = 1; length <= maxDepth && !enough(); length += 1) walk(start, length);
  return { paths, removed: bases === null ? null : Math.min(removed, limit + 1) };
};
