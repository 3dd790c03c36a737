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

/** Room left around what is fitted: enough for the names beneath the lowest nodes. */
const FIT_PADDING = 48;

/** Marks what stands over the top of the canvas (the view's summary, the cut note). */
const COVERS_CANVAS = 'data-covers-canvas';

/**
 * How far down from the canvas's top what stands over it reaches (see COVERS_CANVAS): the
 * elements so marked beside the canvas, where they stand in its top third. 0 without a page.
 */
const coveredTop = (cy: Core): number => {
  const container = cy.container();
  const column = container?.parentElement;
  if (!container || !column) return 0;
  const canvas = container.getBoundingClientRect();
  let covered = 0;
  for (const element of column.querySelectorAll(`[${COVERS_CANVAS}]`)) {
    const box = element.getBoundingClientRect();
    if (box.height === 0 || box.top - canvas.top > canvas.height / 3) continue;
    covered = Math.max(covered, box.bottom - canvas.top);
  }
  return covered;
};

/**
 * Fits elements into the view by where their nodes are, not by their names' boxes: names
 * grow and shrink with the zoom (see label-detail), and a fit that counted them would land
 * at another zoom each time it is asked. What stands over the canvas's top (the cut note) is
 * kept clear of: the Party centre is not fitted beneath it.
 */
export const fitCamera = (
  cy: Core,
  elements: ReturnType<Core['elements']>,
  padding = FIT_PADDING,
): void => {
  const box = elements.boundingBox({ includeLabels: false });
  if (!Number.isFinite(box.w) || !Number.isFinite(box.h)) return;
  const top = Math.max(padding, coveredTop(cy) + padding / 2);
  const free = Math.max(cy.height() - top - padding, 1);
  const zoom = Math.min(
    cy.maxZoom(),
    Math.max(
      cy.minZoom(),
      Math.min((cy.width() - 2 * padding) / Math.max(box.w, 1), free / Math.max(box.h, 1)),
    ),
  );
  cy.viewport({
    zoom,
    pan: {
      x: cy.width() / 2 - (box.x1 + box.w / 2) * zoom,
      y: top + free / 2 - (box.y1 + box.h / 2) * zoom,
    },
  });
};

/**
 * Puts a point of the graph at the centre of the view. (Cytoscape's own `center` reads the
 * element's bounding box, whose name may still be placed where the node was before a layout
 * moved it, until the canvas next draws.)
 */
export const centreOn = (cy: Core, point: { x: number; y: number }): void => {
  const zoom = cy.zoom();
  cy.pan({ x: cy.width() / 2 - point.x * zoom, y: cy.height() / 2 - point.y * zoom });
};
