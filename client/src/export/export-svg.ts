import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { fonts, palette } from '../theme/palette';
import { arrowPoints, BADGE_TEXT, labelX, swatchPath, type LegendMark } from './figure-frame';
import type { FigurePlan } from './figure-plan';

cytoscape.use(cytoscapeSvg);

export interface SvgExport {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** Whether every name and legend entry is legible in a 720 px column (see planFigure). */
  readonly legible: boolean;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A figure as a standalone SVG, laid out as planned exactly as the PNG is: the graph (text
 * kept as text, so labels stay searchable and editable), the legend and the caption. Its
 * width and height are the PNG's pixel size; its view box is the plan's design units.
 */
export const exportSvg = (cy: Core, plan: FigurePlan): SvgExport => {
  const graph = new DOMParser().parseFromString(
    cy.svg({ full: true, scale: plan.graphScale, bg: palette.panel }),
    'image/svg+xml',
  ).documentElement;
  const graphWidth = Number.parseFloat(graph.getAttribute('width') ?? '0');
  const { frame } = plan;
  const width = Math.round(plan.width * plan.pixelScale);
  const height = Math.round(plan.height * plan.pixelScale);

  const text = (x: number, y: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" fill="${fill}" dominant-baseline="middle">${escapeXml(content)}</text>`;
  const drawMark = (mark: LegendMark) => {
    const { x, y, color } = mark;
    if (mark.mark === 'swatch') return `<path d="${swatchPath(mark)}" fill="${color}"/>`;
    if (mark.mark === 'badge')
      return `<text x="${x}" y="${y}" fill="${color}" font-weight="bold" dominant-baseline="middle">${BADGE_TEXT}</text>`;
    if (mark.mark === 'line') {
      const dash = mark.dash?.length ? ` stroke-dasharray="${mark.dash.join(' ')}"` : '';
      return `<line x1="${x}" y1="${y}" x2="${x + 22}" y2="${y}" stroke="${color}" stroke-width="${mark.width ?? 1.5}"${dash}/>`;
    }
    const points = arrowPoints(mark)
      .map(([px, py]) => `${px},${py}`)
      .join(' ');
    return (
      `<line x1="${x}" y1="${y}" x2="${x + 12}" y2="${y}" stroke="${color}" stroke-width="1.5"/>` +
      `<polygon points="${points}" fill="none" stroke="${color}" stroke-width="1.5"/>`
    );
  };
  const marks = frame.marks.map(
    (mark) => drawMark(mark) + text(labelX(mark), mark.y, palette.ink, mark.label),
  );
  graph.setAttribute('x', String((plan.width - graphWidth) / 2));
  graph.setAttribute('y', String(plan.graph.y));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${plan.width} ${plan.height}">`,
    `<rect width="100%" height="100%" fill="${palette.panel}"/>`,
    new XMLSerializer().serializeToString(graph),
    `<g transform="translate(0 ${plan.frameTop})" font-family='${fonts.ui}' font-size="12">`,
    ...marks,
    ...frame.caption.map((line) => text(frame.padding, line.y, palette.muted, line.text)),
    `</g>`,
    `</svg>`,
  ].join('\n');
  return { svg, width, height, legible: plan.legible };
};
