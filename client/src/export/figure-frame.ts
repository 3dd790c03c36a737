import { nodeKinds } from '@pag/graph-seed';
import { ALL_CONTENTS, type FigureContents } from './figure-contents';
import { dashPatterns, type LineStyle } from '../theme/claim-styles';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { fonts, palette } from '../theme/palette';

const PADDING = 16;
const ROW_HEIGHT = 22;
const CAPTION_LINE_HEIGHT = 16;
/** Where the first caption line sits, below the two legend rows. */
const CAPTION_TOP = PADDING + 5 + 2 * ROW_HEIGHT + 4;
/** Lines of caption the strip has room for. */
export const CAPTION_LINES = 2;
/** Room below the graph for two legend rows and the caption's lines, at scale 1. */
export const FRAME_HEIGHT = CAPTION_TOP + (CAPTION_LINES - 1) * CAPTION_LINE_HEIGHT + 15;
export const FRAME_FONT = `12px ${fonts.ui}`;
/** Room around the graph in a figure, above and below it, at scale 1. */
export const FIGURE_MARGIN = 24;

/**
 * What a figure says of itself beneath its legend, a line each: what it is (title, data
 * version, date), then whose work it is read from.
 */
export type Caption = readonly string[];
/** How far a mark's label starts after the mark. */
const SWATCH_GAP = 14;
const LINE_GAP = 28;

/** The legend's words for the lines, in the interface language. */
export interface FigureLabels {
  readonly authority: string;
  readonly other: string;
  readonly lines: Record<LineStyle, string>;
  readonly may: string;
}

/** One legend entry placed in the strip below the graph, at scale 1. */
export interface LegendMark {
  readonly x: number;
  readonly y: number;
  readonly label: string;
  readonly color: string;
  /**
   * A filled square for a node kind; a line (thick for lines of authority, solid, dashed or
   * dotted for the basis of a claim); a hollow arrowhead for "may".
   */
  readonly mark: 'swatch' | 'line' | 'hollow-arrow';
  readonly width?: number;
  readonly dash?: readonly number[];
}

/** Where a mark's label starts. */
export const labelX = (mark: LegendMark): number =>
  mark.x + (mark.mark === 'swatch' ? SWATCH_GAP : LINE_GAP);

/** The strip below an exported graph: legend entries in two rows, the caption beneath. */
export interface FigureFrame {
  readonly caption: readonly { readonly text: string; readonly y: number }[];
  readonly padding: number;
  readonly marks: readonly LegendMark[];
  /** How wide the legend's longest row or the caption's longest line is. */
  readonly width: number;
}

/**
 * Lays out the legend (node kinds; then lines of authority and how strongly each claim is
 * sourced) and caption line (title, data version, date) for the strip below the graph image,
 * measuring text with `measure`, so an exported figure explains itself. Node kinds are named
 * in English and Chinese whatever the interface language.
 */
export const layOutFigureFrame = (
  measure: (text: string) => number,
  labels: FigureLabels,
  caption: Caption,
  contents: FigureContents = ALL_CONTENTS,
): FigureFrame => {
  const marks: LegendMark[] = [];
  let x = PADDING;
  let width = 0;
  const place = (entry: Omit<LegendMark, 'x' | 'y'>, row: number) => {
    const mark = { ...entry, x, y: PADDING + 5 + row * ROW_HEIGHT };
    marks.push(mark);
    x = labelX(mark) + measure(entry.label) + 16;
    width = Math.max(width, x);
  };
  for (const kind of contents.kinds) {
    const label = `${nodeKinds[kind].label} ${nodeKinds[kind].labelZh}`;
    place({ label, color: nodeKindStyles[kind].color, mark: 'swatch' }, 0);
  }
  x = PADDING;
  if (contents.authority) {
    place({ label: labels.authority, color: palette.authority, mark: 'line', width: 3 }, 1);
  }
  if (contents.other) {
    place({ label: labels.other, color: palette.faint, mark: 'line', width: 1.5 }, 1);
  }
  for (const style of contents.lines) {
    const dash = dashPatterns[style];
    place({ label: labels.lines[style], color: palette.ink, mark: 'line', width: 1.5, dash }, 1);
  }
  if (contents.may) place({ label: labels.may, color: palette.ink, mark: 'hollow-arrow' }, 1);
  const lines = caption.slice(0, CAPTION_LINES).map((text, i) => {
    width = Math.max(width, PADDING + measure(text) + PADDING);
    return { text, y: CAPTION_TOP + i * CAPTION_LINE_HEIGHT };
  });
  return { caption: lines, padding: PADDING, marks, width };
};

/** The frame laid out with the browser's own text measure, in the frame's font. */
export const measureFigureFrame = (
  labels: FigureLabels,
  caption: Caption,
  contents: FigureContents,
): FigureFrame => {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('This browser cannot measure text for the legend');
  context.font = FRAME_FONT;
  return layOutFigureFrame((text) => context.measureText(text).width, labels, caption, contents);
};

/** The points of a hollow arrowhead pointing right, ending at x + 22. */
export const arrowPoints = (mark: LegendMark): [number, number][] => [
  [mark.x + 12, mark.y - 5],
  [mark.x + 22, mark.y],
  [mark.x + 12, mark.y + 5],
];

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
      context.fillRect(mark.x, mark.y - 5, 10, 10);
    } else if (mark.mark === 'line') {
      context.lineWidth = mark.width ?? 1.5;
      context.setLineDash(mark.dash ?? []);
      context.beginPath();
      context.moveTo(mark.x, mark.y);
      context.lineTo(mark.x + 22, mark.y);
      context.stroke();
      context.setLineDash([]);
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
