import type { LayoutOptions } from 'cytoscape';

/**
 * A top-down layered layout from the given roots (the top of the lines of authority).
 * Animation is off so the view is final when `layoutstop` fires.
 */
export const layeredLayout = (roots: readonly string[]): LayoutOptions => ({
  name: 'breadthfirst',
  directed: false,
  ...(roots.length > 0 ? { roots: roots.map((id) => `#${CSS.escape(id)}`).join(', ') } : {}),
  spacingFactor: 1.2,
  padding: 40,
  animate: false,
  fit: true,
});
