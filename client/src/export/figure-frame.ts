import { nodeKinds } from '@pag/graph-seed';
import { ALL_CONTENTS, type FigureContents } from './figure-contents';
import { dashPatterns, type LineStyle } from '../theme/claim-styles';
import { nodeKindStyles, type NodeKindStyle } from '../theme/node-kind-styles';
import { shapePath } from '../theme/shape-paths';
import { fonts, palette } from '../theme/palette';

const PADDING = 16;
const ROW_HEIGHT = 22;
const CAPTION_LINE_HEIGHT = 16;
/** Room between the last legend row and the first caption line, and below the last. */
const CAPTION_GAP = 4;
const BOTTOM = 15;
export const FRAME_FONT = `12px ${fonts.ui}`;
/** Room around the graph in a figure, above and below it, at scale 1. */
export const FIGURE_MARGIN = 24;
/** A legend swatch: the node kind's shape, this many px across. */
export const SWATCH_SIZE = 12;

/**
 * What a figure says of itself beneath its legend, a line each: what it is (title, data
 * version, date), then whose work it is read from.
 */
export type Caption = readonly string[];
/** How far a mark's label starts after the mark. */
const SWATCH_GAP = 16;
const LINE_GAP = 28;

/** The legend's words for the lines, in the interface language. */
export interface FigureLabels {
  readonly authority: string;
  readonly provenance: string;
  readonly other: string;
  readonly lines: Record<LineStyle, string>;
  readonly may: string;
  readonly merged: string;
}

/** One legend entry placed in the strip below the graph, at scale 1. */
export interface LegendMark {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly color: string;
  /**
   * A node kind in its shape; a line (thick for lines of authority, solid, dashed or dotted
   * for the basis of a claim); a hollow arrowhead for "may"; the count on a line drawn for
   * several relationships.
   */
  readonly mark: 'swatch' | 'line' | 'hollow-arrow' | 'badge';
  readonly shape?: NodeKindStyle['shape'];
  readonly width?: number;
  readonly dash?: readonly number[];
}

/** Where a mark's label starts. */
export const labelX = (mark: LegendMark): number =>
  mark.x + (mark.mark === 'swatch' ? SWATCH_GAP : LINE_GAP);

/** The strip below an exported graph: legend entries in rows, the caption beneath. */
export interface FigureFrame {
  readonly caption: readonly { readonly text: string; readonly y: number }[];
  readonly padding: number;
  readonly marks: readonly LegendMark[];
  /** How wide the legend's longest row or the caption's longest line is. */
  readonly width: number;
  readonly height: number;
}

/** Where a text may break: after spaces, and between any two Chinese characters. */
const BREAKS = /(?<=\s)|(?<=[\u3000-\u9fff\uff00-\uffef])|(?=[\u3000-\u9fff\uff00-\uffef])/u;

/** Breaks a text into lines no wider than `width` (a single word wider stays whole). */
export const wrapText = (
  measure: (text: string) => number,
  text: string,
  width: number,
): string[] => {
  const lines: string[] = [];
  let line = '';
  // An address breaks after its separators (/ & ? , =) too.
  const pieces = text
    .split(BREAKS)
    .flatMap((piece) => (piece.includes('://') ? piece.split(/(?<=[/&?,=])(?=[^/])/) : [piece]));
  for (const piece of pieces) {
    if (line && measure((line + piece).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
};

/**
 * Lays out the legend (the node kinds shown, in their shapes; then lines of authority and
 * how strongly each claim is sourced) and the caption (title, data version, date; credit)
 * for the strip below the graph image, measuring text with `measure`, so an exported figure
 * explains itself. Entries wrap to new rows and caption lines break so that the strip is no
 * wider than `maxWidth`. Node kinds are named in English and Chinese whatever the interface
 * language.
 */
export const layOutFigureFrame = (
  measure: (text: string) => number,
  labels: FigureLabels,
  caption: Caption,
  contents: FigureContents = ALL_CONTENTS,
  maxWidth = Infinity,
): FigureFrame => {
  const marks: LegendMark[] = [];
  let x = PADDING;
  let row = -1;
  let width = 0;
  const newRow = () => {
    row += 1;
    x = PADDING;
  };
  const place = (entry: Omit<LegendMark, 'x' | 'y'>) => {
    const end = labelX({ ...entry, x, y: 0 }) + measure(entry.label);
    if (x > PADDING && end > maxWidth - PADDING) newRow();
    const mark = { ...entry, x, y: PADDING + 5 + row * ROW_HEIGHT };
    marks.push(mark);
    x = labelX(mark) + measure(entry.label) + 16;
    width = Math.max(width, x);
  };
  if (contents.kinds.length > 0) newRow();
  for (const kind of contents.kinds) {
    const label = `${nodeKinds[kind].label} ${nodeKinds[kind].labelZh}`;
    const { color, shape } = nodeKindStyles[kind];
    place({ label, color, shape, mark: 'swatch' });
  }
  const lineEntries: Omit<LegendMark, 'x' | 'y'>[] = [
    ...(contents.authority
      ? [{ label: labels.authority, color: palette.authority, mark: 'line', width: 3 } as const]
      : []),
    ...(contents.provenance
      ? [
          {
            label: labels.provenance,
            color: palette.provenance,
            mark: 'line',
            width: 2,
          } as const,
        ]
      : []),
    ...(contents.other
      ? [{ label: labels.other, color: palette.faint, mark: 'line', width: 1.5 } as const]
      : []),
    ...contents.lines.map(
      (style) =>
        ({
          label: labels.lines[style],
          color: palette.ink,
          mark: 'line',
          width: 1.5,
          dash: dashPatterns[style],
        }) as const,
    ),
    ...(contents.may
      ? [{ label: labels.may, color: palette.ink, mark: 'hollow-arrow' } as const]
      : []),
    ...(contents.merged
      ? [{ label: labels.merged, color: palette.ink, mark: 'badge' } as const]
      : []),
  ];
  if (lineEntries.length > 0) newRow();
  for (const entry of lineEntries) place(entry);
  const captionTop = PADDING + 5 + (row + 1) * ROW_HEIGHT + CAPTION_GAP - ROW_HEIGHT / 2;
  const textWidth = maxWidth - 2 * PADDING;
  const lines = caption
    .flatMap((text) => wrapText(measure, text, textWidth))
    .map((text, i) => {
      width = Math.max(width, PADDING + measure(text) + PADDING);
      return { text, y: captionTop + CAPTION_LINE_HEIGHT / 2 + i * CAPTION_LINE_HEIGHT };
    });
  const height = captionTop + lines.length * CAPTION_LINE_HEIGHT + BOTTOM;
  return { caption: lines, padding: PADDING, marks, width, height };
};

/** The frame laid out with the browser's own text measure, in the frame's font. */
export const measureFigureFrame = (
  labels: FigureLabels,
  caption: Caption,
  contents: FigureContents,
  maxWidth?: number,
): FigureFrame => {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This browser cannot measure text for the legend');
  context.font = FRAME_FONT;
  return layOutFigureFrame(
    (text) => context.measureText(text).width,
    labels,
    caption,
    contents,
    maxWidth,
  );
};

/** A swatch's outline: the node kind's shape, beside its label. */
export const swatchPath = (mark: LegendMark): string =>
  shapePath(mark.shape ?? 'rectangle', mark.x + SWATCH_SIZE / 2, mark.y, SWATCH_SIZE);

/** The points of a hollow arrowhead pointing right, ending at x + 22. */
export const arrowPoints = (mark: LegendMark): [number, number][] => [
  [mark.x + 12, mark.y - 5],
  [mark.x + 22, mark.y],
  [mark.x + 12, mark.y + 5],
];

/** What a badge mark shows: a count, as on the canvas. */
export const BADGE_TEXT = '×2';
export const BADGE_FONT = `bold ${FRAME_FONT}`;

/** Draws the legend and caption into a canvas, in the strip that starts at `top`. */
export const drawFigureFrame = (
  context: CanvasRenderingContext2D,
  options: { top: number; scale: number; frame: FigureFrame },
): void => {
  const { top, scale, frame } = options;
  context.save();
  context.scale(scale, scale);
  context.translate(0, top / scale);
  context.font = FRAME_FONT;
  context.textBaseline = 'middle';
  for (const mark of frame.marks) {
    context.fillStyle = mark.color;
    context.strokeStyle = mark.color;
    if (mark.mark === 'swatch') {
      context.fill(new Path2D(swatchPath(mark)));
    } else if (mark.mark === 'line') {
      context.lineWidth = mark.width ?? 1.5;
      context.setLineDash(mark.dash ?? []);
      context.beginPath();
      context.moveTo(mark.x, mark.y);
      context.lineTo(mark.x + 22, mark.y);
      context.stroke();
      context.setLineDash([]);
    } else if (mark.mark === 'badge') {
      context.font = BADGE_FONT;
      context.fillStyle = palette.ink;
      context.fillText(BADGE_TEXT, mark.x, mark.y);
      context.font = FRAME_FONT;
    } else {
      context.lineWidth = 1.5;
      context.beginPath();
      context.moveTo(mark.x, mark.y);
      context.lineTo(mark.x + 12, mark.y);
      for (const [px, py] of [...arrowPoints(mark), arrowPoints(mark)[0] ?? [0, 0]]) {
        context.lineTo(px, py);
      }
      context.stroke();
    }
    context.fillStyle = palette.ink;
    context.fillText(mark.label, labelX(mark), mark.y);
  }
  context.fillStyle = palette.muted;
  for (const line of frame.caption) context.fillText(line.text, frame.padding, line.y);
  context.restore();
};
