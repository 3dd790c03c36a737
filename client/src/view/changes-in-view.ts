import type { GraphElements, RecordChange } from '@pag/graph-seed';

/** The changes since a cited version that touch a view, and how many others there are. */
export interface ChangesInView {
  readonly inView: readonly RecordChange[];
  /** Changes elsewhere in the graph, sources included. */
  readonly elsewhere: number;
}

/**
 * Which changes since a cited data version touch a view: its nodes and relationships as
 * shown now (and the nodes its link names, removed or not), the relationships since removed
 * that had an end in it, and the nodes removed with them. Sources count as elsewhere: their
 * claims are what the view shows.
 */
export const changesInView = (
  changes: readonly RecordChange[],
  view: GraphElements,
  linkIds: ReadonlySet<string>,
): ChangesInView => {
  const nodes = new Set(view.nodes.map((node) => node.data.id));
  const edges = new Set(view.edges.map((edge) => edge.data.id));
  const inView = (id: string) => nodes.has(id) || linkIds.has(id);
  const removedRelationships = new Set(
    changes.filter(
      (change) =>
        change.record === 'relationship' &&
        change.change === 'removed' &&
        change.ends !== null &&
        (inView(change.ends.source.id) || inView(change.ends.target.id)),
    ),
  );
  const removedWith = new Set(
    [...removedRelationships].flatMap((change) =>
      change.ends ? [change.ends.source.id, change.ends.target.id] : [],
    ),
  );
  const touching = changes.filter((change) =>
    change.record === 'node'
      ? inView(change.id) || (change.change === 'removed' && removedWith.has(change.id))
      : change.record === 'relationship' &&
        (edges.has(change.id) || removedRelationships.has(change)),
  );
  return { inView: touching, elsewhere: changes.length - touching.length };
};
