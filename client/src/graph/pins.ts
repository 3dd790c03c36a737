import { Id } from '@pag/graph-seed';

/** Where the person put nodes by dragging them: each stays there through every re-layout. */
export type Pins = Readonly<Record<string, { readonly x: number; readonly y: number }>>;

/** Most pins a link carries: past that the address grows longer than browsers keep. */
export const MAX_PINS = 200;
/** Pinned positions stay within this far of the origin (the graph's own coordinates). */
const MAX_COORDINATE = 1_000_000;

/** Pins as a link writes them: `id:x:y`, comma-separated, whole coordinates. */
export const writePins = (pins: Pins): string =>
  Object.entries(pins)
    .map(([id, { x, y }]) => `${id}:${Math.round(x)}:${Math.round(y)}`)
    .join(',');

/** Pins from a link; any malformed entry is ignored, as if absent. */
export const readPins = (value: string | null): Pins => {
  const pins: Record<string, { x: number; y: number }> = {};
  for (const entry of value?.split(',').slice(0, MAX_PINS) ?? []) {
    const [id, x, y, ...rest] = entry.split(':');
    if (rest.length > 0 || !Id.safeParse(id).success || id === undefined) continue;
    const point = { x: Number(x || NaN), y: Number(y || NaN) };
    if (![point.x, point.y].every((n) => Number.isFinite(n) && Math.abs(n) <= MAX_COORDINATE))
      continue;
    pins[id] = point;
  }
  return pins;
};
