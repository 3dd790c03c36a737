import type { LayoutOptions } from 'cytoscape';
import type { Positions } from './authority-layout';

/**
 * Places the nodes where the authority layout put them. Animation is off so the view is
 * final when `layoutstop` fires.
 */
export const presetLayout = (positions: Positions): LayoutOptions => ({
  name: 'preset',
  positions,
  padding: 40,
  animate: false,
  fit: true,
});
