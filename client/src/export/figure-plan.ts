import type { Core } from 'cytoscape';
import { contentsOf, shownElements } from './figure-contents';
import {
  FIGURE_MARGIN,
  measureFigureFrame,
  type Caption,
  type FigureFrame,
  type FigureLabels,
} from './figure-frame';
import { DESIGN_WIDTH, figureSizes, MIN_FIGURE_TEXT, type FigureSize } from './figure-size';

/** Where everything in a figure goes, in design units (CSS px of the figure at scale 1). */
export interface FigurePlan {
  readonly width: number;
  readonly height: number;
  /** Pixels per design unit in the PNG (and the SVG's width and height). */
  readonly pixelScale: number;
  /** Design units per unit of the graph's own coordinates. */
  readonly graphScale: number;
  /** Where the graph's bounding box is drawn. */
  readonly graph: { readonly x: number; readonly y: number };
  readonly frame: FigureFrame;
  readonly frameTop: number;
  /** How much the names were enlarged to stay legible (1: not at all). */
  readonly labelScale: number;
  /** False when even the largest enlargement left some text below MIN_FIGURE_TEXT. */
  readonly legible: boolean;
}

/** No graph is drawn larger than this in a preset figure: a single node would fill a slide. */
const MAX_GRAPH_SCALE = 1.5;
/** Names are enlarged at most this much; past it they would cover one another. */
const MAX_LABEL_SCALE = 4;

/** The smallest text among the shown elements that draw a label, in graph units. */
const smallestText = (cy: Core): number => {
  let smallest = Infinity;
  shownElements(cy).forEach((element) => {
    if (!String(element.style('label'))) return;
    smallest = Math.min(smallest, Number.parseFloat(String(element.style('font-size'))));
  });
  return smallest;
};

/**
 * Plans a figure of the visible elements, `scale` times its size in pixels (a PNG at 2×).
 * At `screen` size the graph is drawn at zoom 1 and the legend wraps to its width. At a preset size the graph is fitted into the DESIGN_WIDTH
 * layout, and if that makes names smaller than MIN_FIGURE_TEXT they are enlarged with
 * `enlargeLabels` (the caller restores the canvas afterwards) until they are not, or as far
 * as MAX_LABEL_SCALE allows.
 */
export const planFigure = (
  cy: Core,
  size: FigureSize,
  scale: number,
  labels: FigureLabels,
  caption: Caption,
  enlargeLabels: (scale: number) => void,
): FigurePlan => {
  const contents = contentsOf(cy);
  if (size === 'screen') {
    const box = shownElements(cy).boundingBox();
    const width = Math.max(box.w + 2 * FIGURE_MARGIN, DESIGN_WIDTH);
    const frame = measureFigureFrame(labels, caption, contents, width);
    const frameTop = box.h + 2 * FIGURE_MARGIN;
    return {
      width,
      height: frameTop + frame.height,
      pixelScale: scale,
      graphScale: 1,
      graph: { x: (width - box.w) / 2, y: FIGURE_MARGIN },
      frame,
      frameTop,
      labelScale: 1,
      legible: true,
    };
  }
  const preset = figureSizes[size];
  const pixelScale = (preset.width / DESIGN_WIDTH) * scale;
  const frame = measureFigureFrame(labels, caption, contents, DESIGN_WIDTH);
  const designHeight =
    preset.height === null ? null : (preset.height / preset.width) * DESIGN_WIDTH;
  const areaWidth = DESIGN_WIDTH - 2 * FIGURE_MARGIN;
  const areaHeight =
    designHeight === null ? Infinity : designHeight - frame.height - 2 * FIGURE_MARGIN;

  let labelScale = 1;
  const fitted = () => {
    const box = shownElements(cy).boundingBox();
    const graphScale = Math.min(
      areaWidth / Math.max(box.w, 1),
      areaHeight / Math.max(box.h, 1),
      MAX_GRAPH_SCALE,
    );
    return { box, graphScale, text: smallestText(cy) * graphScale };
  };
  let fit = fitted();
  // Enlarging names widens the graph, which shrinks it again: a few rounds settle it.
  for (let round = 0; round < 6 && fit.text < MIN_FIGURE_TEXT - 0.01; round += 1) {
    const next = Math.min(MAX_LABEL_SCALE, (labelScale * MIN_FIGURE_TEXT) / fit.text);
    if (next <= labelScale) break;
    labelScale = next;
    enlargeLabels(labelScale);
    fit = fitted();
  }
  const { box, graphScale } = fit;
  const graphHeight = box.h * graphScale;
  const height = designHeight ?? graphHeight + 2 * FIGURE_MARGIN + frame.height;
  const frameTop = height - frame.height;
  return {
    width: DESIGN_WIDTH,
    height,
    pixelScale,
    graphScale,
    graph: {
      x: (DESIGN_WIDTH - box.w * graphScale) / 2,
      y: FIGURE_MARGIN + Math.max(0, (frameTop - 2 * FIGURE_MARGIN - graphHeight) / 2),
    },
    frame,
    frameTop,
    labelScale,
    legible: fit.text >= MIN_FIGURE_TEXT - 0.01,
  };
};
