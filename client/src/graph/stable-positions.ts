import type { Positions } from './authority-layout';
import type { Pins } from './pins';

/**
 * Positions for a graph that replaces another (a filter, a focus, an expansion): nodes seen
 * before keep the place they had, and new ones take their place in the fresh layout, moved
 * as the kept nodes moved on average, so that only new nodes are placed. When most nodes are
 * new the fresh layout is used as it is. Pinned nodes go where they were pinned, always.
 */
export const stablePositions = (
  fresh: Positions,
  remembered: ReadonlyMap<string, { x: number; y: number }>,
  pins: Pins,
): Positions => {
  const ids = Object.keys(fresh);
  const kept = ids.filter((id) => remembered.has(id));
  const keep = kept.length > 0 && kept.length >= ids.length - kept.length;
  let dx = 0;
  let dy = 0;
  if (keep) {
    for (const id of kept) {
      const before = remembered.get(id);
      const now = fresh[id];
      if (!before || !now) continue;
      dx += (before.x - now.x) / kept.length;
      dy += (before.y - now.y) / kept.length;
    }
  }
  return Object.fromEntries(
    ids.map((id) => {
      const pinned = pins[id];
      if (pinned) return [id, { ...pinned }];
      const before = keep ? remembered.get(id) : undefined;
      if (before) return [id, { ...before }];
      const { x = 0, y = 0 } = fresh[id] ?? {};
      return [id, { x: x + dx, y: y + dy }];
    }),
  );
};
