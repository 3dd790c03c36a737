import type { LayoutOptions } from 'cytoscape';
import type { Positions } from './authority-layout';

/**
 * Places the nodes where the authority layout put them, fitting them into the view unless
 * the camera is to stay where it is. Animation is off so the view is final when `layoutstop`
 * fires.
 */
export const presetLayout = (positions: Positions, fit = true): LayoutOptions => ({
  name: 'preset',
  positions,
  padding: 40,
  animate: false,
  fit,
});

/**
 * A force-directed layout (Cytoscape's built-in CoSE), started from the positions the nodes
 * already have so the result is the same each time for the same graph.
 */
export const forceLayout = (): LayoutOptions => ({
  name: 'cose',
  animate: false,
  randomize: false,
  fit: true,
  padding: 40,
  nodeRepulsion: () => 400_000,
  idealEdgeLength: () => 90,
  nodeOverlap: 20,
  numIter: 1500,
});
