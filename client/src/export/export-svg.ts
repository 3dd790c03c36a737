import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { fonts, palette } from '../theme/palette';
import { FRAME_FONT, FRAME_HEIGHT, layOutFigureFrame } from './figure-frame';

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
export const exportSvg = (cy: Core, caption: string, authorityLabel: string): SvgExport => {
  const graph = new DOMParser().parseFromString(
    cy.svg({ full: true, scale: 1, bg: palette.panel }),
    'image/svg+xml',
  ).documentElement;
  const graphWidth = Number.parseFloat(graph.getAttribute('width') ?? '0');
  const graphHeight = Number.parseFloat(graph.getAttribute('height') ?? '0');
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('This browser cannot measure text for the legend');
  measure.font = FRAME_FONT;
  const frame = layOutFigureFrame((text) => measure.measureText(text).width, authorityLabel);
  const last = frame.marks.at(-1);
  const legendWidth = last ? last.x + 28 + measure.measureText(last.label).width + 16 : 0;
  const width = Math.ceil(Math.max(graphWidth, legendWidth, 900));
  const height = Math.ceil(graphHeight + FRAME_HEIGHT);

  const text = (x: number, y: number, fill: string, content: string) =>
    `<text x="${x}" y="${y}" fill="${fill}" dominant-baseline="middle">${escapeXml(content)}</text>`;
  const marks = frame.marks.map(({ x, label, color, mark }) =>
    mark === 'swatch'
      ? `<rect x="${x}" y="${frame.legendY - 5}" width="10" height="10" fill="${color}"/>` +
        text(x + 14, frame.legendY, palette.ink, label)
      : `<line x1="${x}" y1="${frame.legendY}" x2="${x + 22}" y2="${frame.legendY}" stroke="${color}" stroke-width="3"/>` +
        text(x + 28, frame.legendY, palette.ink, label),
  );
  graph.setAttribute('x', String((width - graphWidth) / 2));
  graph.setAttribute('y', '0');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${palette.panel}"/>`,
    new XMLSerializer().serializeToString(graph),
    `<g transform="translate(0 ${graphHeight})" font-family='${fonts.ui}' font-size="12">`,
    ...marks,
    text(frame.padding, frame.captionY, palette.muted, caption),
    `</g>`,
    `</svg>`,
  ].join('\n');
  return { svg, width, height };
};
