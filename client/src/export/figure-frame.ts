import { NodeKind, nodeKinds } from '@pag/graph-seed';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { fonts, palette } from '../theme/palette';

/** Room below the graph for the legend and the caption line, at scale 1. */
export const FRAME_HEIGHT = 64;
export const FRAME_FONT = `12px ${fonts.ui}`;
const PADDING = 16;

/** One legend entry placed in the strip below the graph, at scale 1. */
export interface LegendMark {
  readonly x: number;
  readonly label: string;
  readonly color: string;
  /** A filled square for a node kind, a thick line for lines of authority. */
  readonly mark: 'swatch' | 'line';
}

/** The strip below an exported graph: legend entries in a row, the caption beneath. */
export interface FigureFrame {
  readonly legendY: number;
  readonly captionY: number;
  readonly padding: number;
  readonly marks: readonly LegendMark[];
}

/**
 * Lays out the legend and caption line (title, data version, date) for the strip below the
 * graph image, measuring text with `measure`, so an exported figure explains itself. The
 * legend names every kind in English and Chinese whatever the interface language.
 */
export const layOutFigureFrame = (
  measure: (text: string) => number,
  authorityLabel: string,
): FigureFrame => {
  const marks: LegendMark[] = [];
  let x = PADDING;
  for (const kind of NodeKind.options) {
    const label = `${nodeKinds[kind].label} ${nodeKinds[kind].labelZh}`;
    marks.push({ x, label, color: nodeKindStyles[kind].color, mark: 'swatch' });
    x += 14 + measure(label) + 16;
  }
  marks.push({ x, label: authorityLabel, color: palette.authority, mark: 'line' });
  return { legendY: PADDING + 5, captionY: PADDING + 30, padding: PADDING, marks };
};

/** Draws the legend and caption into a canvas, in the strip that starts at `top`. */
export const drawFigureFrame = (
  context: CanvasRenderingContext2D,
  options: { top: number; scale: number; caption: string; authorityLabel: string },
): void => {
  const { top, scale, caption, authorityLabel } = options;
  context.save();
  context.scale(scale, scale);
  context.translate(0, top / scale);
  context.font = FRAME_FONT;
  context.textBaseline = 'middle';
  const frame = layOutFigureFrame((text) => context.measureText(text).width, authorityLabel);
  for (const { x, label, color, mark } of frame.marks) {
    if (mark === 'swatch') {
      context.fillStyle = color;
      context.fillRect(x, frame.legendY - 5, 10, 10);
      context.fillStyle = palette.ink;
      context.fillText(label, x + 14, frame.legendY);
    } else {
      context.strokeStyle = color;
      context.lineWidth = 3;
      context.beginPath();
      context.moveTo(x, frame.legendY);
      context.lineTo(x + 22, frame.legendY);
      context.stroke();
      context.fillStyle = palette.ink;
      context.fillText(label, x + 28, frame.legendY);
    }
  }
  context.fillStyle = palette.muted;
  context.fillText(caption, frame.padding, frame.captionY);
  context.restore();
};
