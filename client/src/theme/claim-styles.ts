import type { Basis } from '@pag/graph-seed';

/** How a relationship's line is drawn: solid, dashed or dotted. */
export type LineStyle = 'solid' | 'dashed' | 'dotted';

/**
 * How strongly a relationship's source supports it, drawn in its line: solid where a document
 * provides it or an official report relays it, dashed where it is read off a name or title,
 * dotted where only a commentary or the paper's author says it. The canvas, the legend and the
 * exported figures use it alike.
 */
export const basisLineStyles: Record<Basis, LineStyle> = {
  provision: 'solid',
  'official-report': 'solid',
  'title-inference': 'dashed',
  commentary: 'dotted',
  'author-reading': 'dotted',
};

/** The dash pattern of each line style, in pixels at scale 1, for drawing outside Cytoscape. */
export const dashPatterns: Record<LineStyle, readonly number[]> = {
  solid: [],
  dashed: [6, 3],
  dotted: [1.5, 3],
};
