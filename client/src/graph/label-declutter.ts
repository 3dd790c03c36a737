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
  /** Whether the name wraps onto several lines (see SLACK). */
  readonly wrapped?: boolean;
}

/** The side of a square of the grid that finds a box's neighbours, in graph units. */
const CELL = 200;

/**
 * How much of the narrower name's width two wrapped names side by side may share: a wrapped
 * name's box is as wide as its widest line, and its lines are centred, so its edges are mostly
 * empty. A name on one line fills its box.
 */
const SLACK = 0.25;

/**
 * Names that collide: they overlap, or come within `gap`, from top to bottom, and share more
 * of their width than `gap` (than SLACK of the narrower one's, when both wrap).
 */
const collide = (a: NameBox, b: NameBox, gap: number) => {
  const shared = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const slack = a.wrapped && b.wrapped ? SLACK * Math.min(a.x2 - a.x1, b.x2 - b.x1) : 0;
  return a.y1 < b.y2 + gap && b.y1 < a.y2 + gap && shared + gap > slack;
};

/**
 * The names to leave out so that no two names drawn collide (see collide), as a map leaves
 * out the lesser of two names that would: names are kept in order of priority, then from the top
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
      (grid.get(cell) ?? []).some((kept) => collide(box, kept, gap)),
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
