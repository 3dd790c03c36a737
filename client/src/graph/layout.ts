import type { LayoutOptions } from 'cytoscape';

/** A top-down layered layout. Animation is off so the view is final when `layoutstop` fires. */
export const layeredLayout = (): LayoutOptions => ({
  name: 'breadthfirst',
  directed: true,
  spacingFactor: 1.25,
  padding: 40,
  animate: false,
  fit: true,
});
