import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { fonts, palette } from '../theme/palette';
import {
  arrowPoints,
  FIGURE_MARGIN,
  FRAME_HEIGHT,
  labelX,
  measureFigureFrame,
  type Caption,
  type FigureLabels,
  type LegendMark,
} from './figure-frame';
import { contentsOf } from './figure-contents';

cytoscape.use(cytoscapeSvg);

export interface SvgExport {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The current view as a standalone SVG: the graph (text kept as text, so labels stay
 * searchable and editable) with the legend and a caption line below it.
 */
export const exportSvg = (cy: Core, caption: Caption, labels: FigureLabels): SvgExport => {
  const graph = new DOMParser().parseFromString(
    cy.svg({ full: true, scale: 1, bg: palette.panel }),
    'image/svg+xml',
  ).documentElement;
  const graphWidth = Number.parseFloat(graph.getAttribute('width') ?? '0');
  const graphHeight = Number.parseFloat(graph.getAttribute('height') ?? '0');
  const frame = measureFigureFrame(labels, caption, contentsOf(cy));
  const width = Math.ceil(Math.max(graphWidth, frame.width, 900));
  const height = Math.ceil(graphHeight + 2 * FIGURE_MARGIN + FRAME_HEIGHT);

  const text = (x: number, y: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" fill="${fill}" dominant-baseline="middle">${escapeXml(content)}</text>`;
  const drawMark = (mark: LegendMark) => {
    const { x, y, color } = mark;
    if (mark.mark === 'swatch') {
      return `<rect x="${x}" y="${y - 5}" width="10" height="10" fill="${color}"/>`;
    }
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
  graph.setAttribute('x', String((width - graphWidth) / 2));
  graph.setAttribute('y', String(FIGURE_MARGIN));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${palette.panel}"/>`,
    new XMLSerializer().serializeToString(graph),
    `<g transform="translate(0 ${graphHeight + 2 * FIGURE_MARGIN})" font-family='${fonts.ui}' font-size="12">`,
    ...marks,
    ...frame.caption.map((line) => text(frame.padding, line.y, palette.muted, line.text)),
    `</g>`,
    `</svg>`,
  ].join('\n');
  return { svg, width, height };
};
