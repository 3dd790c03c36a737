import { nodeKindStyles } from '../graph/node-kinds';

/** Room below the graph for the legend and the caption line, at scale 1. */
export const FRAME_HEIGHT = 64;
const PADDING = 16;

/**
 * Draws the legend and the caption line (title, data version, date) into the strip below the
 * graph image, so an exported figure explains itself.
 */
export const drawFigureFrame = (
  context: CanvasRenderingContext2D,
  options: { top: number; scale: number; caption: string },
): void => {
  const { top, scale, caption } = options;
  context.save();
  context.scale(scale, scale);
  const y = top / scale + PADDING;
  context.font = '12px "Noto Sans CJK SC", "Noto Sans", system-ui, sans-serif';
  context.textBaseline = 'middle';
  let x = PADDING;
  for (const style of Object.values(nodeKindStyles)) {
    context.fillStyle = style.color;
    context.fillRect(x, y, 10, 10);
    context.fillStyle = '#111827';
    const label = `${style.label} ${style.labelZh}`;
    context.fillText(label, x + 14, y + 5);
    x += 14 + context.measureText(label).width + 16;
  }
  context.strokeStyle = '#7f1d1d';
  context.lineWidth = 3;
  context.beginPath();
  context.moveTo(x, y + 5);
  context.lineTo(x + 22, y + 5);
  context.stroke();
  context.fillStyle = '#111827';
  context.fillText('Line of authority', x + 28, y + 5);
  context.fillStyle = '#6b7280';
  context.fillText(caption, PADDING, y + 30);
  context.restore();
};
