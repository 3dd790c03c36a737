import type { Core } from 'cytoscape';
import { palette } from '../theme/palette';
import { fitScale } from './canvas-limits';
import { drawFigureFrame } from './figure-frame';
import type { FigurePlan } from './figure-plan';

export interface PngExport {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** Pixels per design unit, lower than planned when the browser's canvas limits required it. */
  readonly scale: number;
  readonly reduced: boolean;
  /** Whether every name and legend entry is legible in a 720 px column (see planFigure). */
  readonly legible: boolean;
}

const loadImage = (blob: Blob): Promise<HTMLImageElement> =>
  new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The graph image could not be drawn'));
    image.src = URL.createObjectURL(blob);
  });

/**
 * A figure as a PNG, drawn as planned: the graph, then the legend and caption strip below
 * it. Never blank: the scale is lowered to stay inside the browser's canvas limits, and the
 * result says so.
 */
export const exportPng = async (cy: Core, plan: FigurePlan): Promise<PngExport> => {
  const scale = fitScale(plan.width, plan.height, plan.pixelScale);
  const graphImage = await loadImage(
    await cy.png({
      output: 'blob-promise',
      full: true,
      scale: plan.graphScale * scale,
      bg: palette.panel,
    }),
  );
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(plan.width * scale);
  canvas.height = Math.round(plan.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the export');
  context.fillStyle = palette.panel;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(
    graphImage,
    Math.round((canvas.width - graphImage.width) / 2),
    Math.round(plan.graph.y * scale),
  );
  URL.revokeObjectURL(graphImage.src);
  drawFigureFrame(context, { top: plan.frameTop * scale, scale, frame: plan.frame });
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('The PNG could not be encoded'))),
      'image/png',
    ),
  );
  return {
    blob,
    width: canvas.width,
    height: canvas.height,
    scale,
    reduced: scale < plan.pixelScale,
    legible: plan.legible,
  };
};
