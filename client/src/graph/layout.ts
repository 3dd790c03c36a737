import type { LayoutOptions } from 'cytoscape';
import type { Positions } from './authority-layout';

/**
 * Places the nodes where the authority layout put them, leaving the camera to the caller
 * (see fitCamera). Animation is off so the view is final when `layoutstop` fires.
 */
export const presetLayout = (positions: Positions): LayoutOptions => ({
  name: 'preset',
  positions,
  animate: false,
  fit: false,
});

/**
 * A force-directed layout (Cytoscape's built-in CoSE), started from the positions the nodes
 * already have so the result is the same each time for the same graph.
 */
export const forceLayout = (): LayoutOptions => ({
  name: 'cose',
  animate: false,
  randomize: false,
  // The caller fits the camera (see fitCamera).
  fit: false,
  nodeRepulsion: () => 400_000,
  idealEdgeLength: () => 90,
  nodeOverlap: 20,
  numIter: 1500,
});
