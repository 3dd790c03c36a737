/** A name's box, in the graph's coordinates. */
export interface NameBox {
  readonly id: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Higher is kept first. */
  readonly priority: number;
  /** Kept whatever it touches (a name in focus): others give way to it. */
  readonly keep?: boolean;
}

/** The side of a square of the grid that finds a box's neighbours, in graph units. */
const CELL = 200;

/** Boxes that touch or overlap, with `gap` between them counted as touching. */
const overlap = (a: NameBox, b: NameBox, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/**
 * The names to leave out so that no two names drawn overlap, as a map leaves out the lesser
 * of two names that would collide: names are kept in order of priority, then from the top
 * left, each if it touches none kept before it. A name left out is still there on hover and
 * returns when the camera comes close enough to give it room.
 */
export const collidingNames = (boxes: readonly NameBox[], gap = 2): Set<string> => {
  const ordered = [...boxes].sort(
    (a, b) =>
      Number(b.keep ?? false) - Number(a.keep ?? false) ||
      b.priority - a.priority ||
      a.y1 - b.y1 ||
      a.x1 - b.x1 ||
      (a.id < b.id ? -1 : 1),
  );
  const grid = new Map<string, NameBox[]>();
  const cellsOf = (box: NameBox) => {
    const cells: string[] = [];
    for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++)
      for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++)
        cells.push(`${cx},${cy}`);
    return cells;
  };
  const left = new Set<string>();
  for (const box of ordered) {
    const cells = cellsOf(box);
    const collides = cells.some((cell) =>
      (grid.get(cell) ?? []).some((kept) => overlap(box, kept, gap)),
    );
    if (collides && !box.keep) {
      left.add(box.id);
      continue;
    }
    for (const cell of cells) {
      const kept = grid.get(cell);
      if (kept) kept.push(box);
      else grid.set(cell, [box]);
    }
  }
  return left;
};
