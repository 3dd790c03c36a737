/**
 * How many items of a row fit in `available` pixels, given where each item ends when all
 * stand in one row (`ends[i]`, from the row's start). When not all fit, room is kept for
 * the button that offers the rest (`moreWidth`, after a `gap`). Widths are measured in the
 * page, never assumed, so the answer holds for any font.
 */
export const fittingCount = (
  ends: readonly number[],
  available: number,
  moreWidth: number,
  gap: number,
): number => {
  const last = ends.at(-1);
  if (last === undefined || last <= available) return ends.length;
  const room = available - moreWidth - gap;
  const fitting = ends.findIndex((end) => end > room);
  return fitting === -1 ? ends.length : fitting;
};
