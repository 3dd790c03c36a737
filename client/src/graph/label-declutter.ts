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
/** A box over more squares than this a side is compared with every name instead. */
const MAX_CELLS = 64;

/**
 * Names that collide: their boxes overlap, or come within `gap` of each other. A wrapped
 * name's box is as wide as its widest line, which may stand level with another's (the first
 * lines of names on one rank do): so boxes are compared whole, not by their lines.
 */
const collide = (a: NameBox, b: NameBox, gap: number) => {
  const shared = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  return a.y1 < b.y2 + gap && b.y1 < a.y2 + gap && shared + gap > 0;
};

/**
 * The names to leave out so that no two names drawn collide (see collide), as a map leaves
 * out the lesser of two names that would: names are kept in order of priority, then from the top
 * left, each if it touches none kept before it. A name left out is still there on hover (and
 * label-detail draws every name again from zoom 1 in). A box with no finite place is skipped;
 * one too large for the grid is compared with every name.
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
  // Boxes too large for the grid, and every box kept, for comparing with them.
  const large: NameBox[] = [];
  const kept: NameBox[] = [];
  /** The squares a box (widened by `gap`) covers, or null when there are too many. */
  const cellsOf = (box: NameBox): string[] | null => {
    const [x1, x2, y1, y2] = [box.x1 - gap, box.x2 + gap, box.y1 - gap, box.y2 + gap].map((value) =>
      Math.floor(value / CELL),
    ) as [number, number, number, number];
    if (x2 - x1 >= MAX_CELLS || y2 - y1 >= MAX_CELLS) return null;
    const cells: string[] = [];
    for (let cx = x1; cx <= x2; cx++) for (let cy = y1; cy <= y2; cy++) cells.push(`${cx},${cy}`);
    return cells;
  };
  const left = new Set<string>();
  for (const box of ordered) {
    // A box with no place on the graph is not drawn where it could collide.
    if (![box.x1, box.x2, box.y1, box.y2].every(Number.isFinite)) continue;
    const cells = cellsOf(box);
    const near = cells ? cells.flatMap((cell) => grid.get(cell) ?? []) : kept;
    const collides = [...near, ...large].some((other) => collide(box, other, gap));
    if (collides && !box.keep) {
      left.add(box.id);
      continue;
    }
    kept.push(box);
    if (!cells) {
      large.push(box);
      continue;
    }
    for (const cell of cells) {
      const here = grid.get(cell);
      if (here) here.push(box);
      else grid.set(cell, [box]);
    }
  }
  return left;
};
