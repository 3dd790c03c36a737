import type { CollectionArgument, SingularElementArgument } from 'cytoscape';
import { prominenceSizes, type Prominence } from './node-prominence';

/** The size of a relationship's label, at scale 1. */
export const EDGE_FONT = 10;

/**
 * What a label is drawn at, enlarged by `scale`: its font size and, for a node (of a
 * prominence), the width its name wraps at. Kept as element data that the stylesheet reads:
 * a function in the stylesheet would leave Cytoscape's bounding boxes one change behind.
 */
export const labelSize = (node: Prominence | null, scale: number) =>
  node === null
    ? { labelScale: scale, fontSize: EDGE_FONT * scale }
    : {
        labelScale: scale,
        fontSize: prominenceSizes[node].font * scale,
        textWidth: prominenceSizes[node].textWidth * scale,
      };

/** A node's prominence, as its data holds it. */
export const prominenceOf = (element: SingularElementArgument): Prominence => {
  const value = Number(element.data('prominence'));
  return value === 3 || value === 2 ? value : 1;
};

/** Enlarges the labels of these elements by `scale` (1: as styled). */
export const scaleLabels = (elements: CollectionArgument, scale: number): void => {
  elements.forEach((element) => {
    if (element.data('labelScale') === scale) return;
    element.data(labelSize(element.isNode() ? prominenceOf(element) : null, scale));
  });
};
