export type Direction = 'up' | 'down' | 'left' | 'right';
type Point = { readonly x: number; readonly y: number };

/**
 * The node an arrow key moves to: the nearest one lying in that direction (within 60° of
 * it), counting distance off the axis double, so moves follow rows and columns.
 */
export const nearestInDirection = (
  from: Point,
  candidates: readonly { readonly id: string; readonly position: Point }[],
  direction: Direction,
): string | undefined => {
  const axes: Record<Direction, readonly [number, number]> = {
    up: [0, -1],
    down: [0, 1],
    left: [-1, 0],
    right: [1, 0],
  };
  const [ax, ay] = axes[direction];
  let best: { id: string; cost: number } | undefined;
  for (const { id, position } of candidates) {
    const dx = position.x - from.x;
    const dy = position.y - from.y;
    const along = dx * ax + dy * ay;
    const across = Math.abs(dx * ay - dy * ax);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) continue;
    const cost = along + 2 * across;
    if (!best || cost < best.cost) best = { id, cost };
  }
  return best?.id;
};
