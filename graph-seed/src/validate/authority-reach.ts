import type { GraphRelationship } from '../schema/relationship';
import { authorityEnds } from '../vocabulary/relationship-type';

/**
 * The ids of every node from which lines of authority lead up to `apex` (the apex included),
 * found by walking the authority relationships from the apex downwards.
 */
export const nodesReaching = (
  apex: string,
  relationships: readonly Pick<GraphRelationship, 'type' | 'source' | 'target'>[],
): Set<string> => {
  const below = new Map<string, string[]>();
  for (const { type, source, target } of relationships) {
    const ends = authorityEnds(type, source, target);
    if (ends) below.set(ends.above, [...(below.get(ends.above) ?? []), ends.below]);
  }
  const reached = new Set([apex]);
  const queue = [apex];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of below.get(id) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return reached;
};
