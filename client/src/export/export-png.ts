import type { Core } from 'cytoscape';
import { palette } from '../theme/palette';
import { fitScale } from './canvas-limits';
import {
  drawFigureFrame,
  FIGURE_MARGIN,
  FRAME_HEIGHT,
  measureFigureFrame,
  type Caption,
  type FigureLabels,
} from './figure-frame';
import { contentsOf } from './figure-contents';

export interface PngExport {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** The scale used, lower than asked for when the browser's canvas limits required it. */
  readonly scale: number;
  readonly reduced: boolean;
}

const loadImage = (blob: Blob): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The graph image could not be drawn'));
    image.src = URL.createObjectURL(blob);
  });

/**
 * The current view as a PNG at the asked scale, with the legend and a caption line below
 * it. Never blank: the scale is lowered to stay inside the browser's canvas limits, and the
 * result says so.
 */
export const exportPng = async (
  cy: Core,
  wantedScale: number,
  caption: Caption,
  labels: FigureLabels,
): Promise<PngExport> => {
  const box = cy.elements(':visible').boundingBox();
  const frame = measureFigureFrame(labels, caption, contentsOf(cy));
  const baseWidth = Math.max(box.w + 2 * FIGURE_MARGIN, frame.width, 900);
  const baseHeight = box.h + 2 * FIGURE_MARGIN + FRAME_HEIGHT;
  const scale = fitScale(baseWidth, baseHeight, wantedScale);
  const graphImage = await loadImage(
    await cy.png({ output: 'blob-promise', full: true, scale, bg: palette.panel }),
  );
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(Math.max(graphImage.width, baseWidth * scale));
  const margin = Math.round(FIGURE_MARGIN * scale);
  canvas.height = Math.round(graphImage.height + 2 * margin + FRAME_HEIGHT * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the export');
  context.fillStyle = palette.panel;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(graphImage, Math.round((canvas.width - graphImage.width) / 2), margin);
  URL.revokeObjectURL(graphImage.src);
  drawFigureFrame(context, { top: graphImage.height + 2 * margin, scale, frame });
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded'))),
      'image/png',
    ),
  );
  return { blob, width: canvas.width, height: canvas.height, scale, reduced: scale < wantedScale };
};
