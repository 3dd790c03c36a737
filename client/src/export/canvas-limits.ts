/** Chromium's largest canvas side; past it an export comes out silently blank. */
export const MAX_CANVAS_SIDE = 16_384;
/** Stay well inside the browser's total canvas area too (about 268 million pixels in Chromium). */
const MAX_CANVAS_AREA = 200_000_000;

/**
 * The largest scale not above `wanted` at which an image of `width`×`height` (at scale 1)
 * fits the browser's canvas limits.
 */
export const fitScale = (width: number, height: number, wanted: number): number => {
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_CANVAS_AREA / Math.max(width * height, 1));
  return Math.min(wanted, bySide, byArea);
};
