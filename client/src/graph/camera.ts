import type { Core } from 'cytoscape';

/**
 * Where the person has moved the camera: the zoom and the point of the graph at the centre
 * of the view. Null while the explorer places the camera itself (fitting the graph, a chain
 * or a selection).
 */
export type Camera = { readonly zoom: number; readonly x: number; readonly y: number } | null;

/**
 * Where the camera is: the zoom, and the point of the graph at the centre of the view (of a
 * view of `size`, by default the canvas as Cytoscape last measured it).
 */
export const cameraOf = (
  cy: Core,
  size: { readonly width: number; readonly height: number } = {
    width: cy.width(),
    height: cy.height(),
  },
): NonNullable<Camera> => {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { zoom, x: (size.width / 2 - pan.x) / zoom, y: (size.height / 2 - pan.y) / zoom };
};

/** Puts the camera's point at the centre of the view, at its zoom, whatever the view's size. */
export const applyCamera = (cy: Core, camera: NonNullable<Camera>): void => {
  cy.viewport({
    zoom: camera.zoom,
    pan: {
      x: cy.width() / 2 - camera.x * camera.zoom,
      y: cy.height() / 2 - camera.y * camera.zoom,
    },
  });
};
