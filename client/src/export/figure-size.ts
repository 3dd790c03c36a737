/**
 * The sizes a figure can be exported at. `screen` draws the view at the size the canvas
 * shows it at zoom 1 (times the PNG scale); the others are laid out for a 720 px article
 * column (the DESIGN_WIDTH) and drawn at their pixel size, so every name and legend entry
 * is at least MIN_FIGURE_TEXT px tall once the figure is shown 720 px wide.
 */
export const FigureSize = ['screen', 'column', 'slide', 'portrait', 'a4'] as const;
export type FigureSize = (typeof FigureSize)[number];

/** The width, in CSS px, that the preset figures are laid out for. */
export const DESIGN_WIDTH = 720;
/** The smallest text of a preset figure shown DESIGN_WIDTH px wide, in px. */
export const MIN_FIGURE_TEXT = 11;

/** A preset's size in pixels; a null height follows the graph's shape. */
export const figureSizes: Record<
  Exclude<FigureSize, 'screen'>,
  { readonly width: number; readonly height: number | null }
> = {
  column: { width: 1440, height: null },
  slide: { width: 1200, height: 675 },
  portrait: { width: 1080, height: 1350 },
  // A4 at 300 dots per inch.
  a4: { width: 2480, height: 3508 },
};
