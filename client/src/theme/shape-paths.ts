import type { NodeKindStyle } from './node-kind-styles';

type Shape = NodeKindStyle['shape'];

/** Each polygon shape as Cytoscape draws it, in a square from -1 to 1. */
const polygons: Partial<Record<Shape, readonly (readonly [number, number])[]>> = {
  rectangle: [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  tag: [
    [-1, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-1, 1],
  ],
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  hexagon: [
    [-1, 0],
    [-0.5, -0.866],
    [0.5, -0.866],
    [1, 0],
    [0.5, 0.866],
    [-0.5, 0.866],
  ],
};

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The outline of a node shape as SVG path data, centred on (x, y) and `size` across: the
 * legends on screen and in exported figures draw each kind in the shape the canvas gives it.
 */
export const shapePath = (shape: Shape, x: number, y: number, size: number): string => {
  const r = size / 2;
  const at = (px: number, py: number) => `${round(x + px * r)} ${round(y + py * r)}`;
  const polygon = polygons[shape];
  if (polygon) return `M${polygon.map(([px, py]) => at(px, py)).join('L')}Z`;
  if (shape === 'ellipse') {
    return `M${at(-1, 0)}A${round(r)} ${round(r)} 0 1 0 ${at(1, 0)}A${round(r)} ${round(r)} 0 1 0 ${at(-1, 0)}Z`;
  }
  if (shape === 'barrel') {
    return `M${at(-1, -0.7)}Q${at(0, -1.15)} ${at(1, -0.7)}L${at(1, 0.7)}Q${at(0, 1.15)} ${at(-1, 0.7)}Z`;
  }
  // A rectangle with rounded corners.
  const c = 0.4;
  return (
    `M${at(-1 + c, -1)}L${at(1 - c, -1)}Q${at(1, -1)} ${at(1, -1 + c)}L${at(1, 1 - c)}` +
    `Q${at(1, 1)} ${at(1 - c, 1)}L${at(-1 + c, 1)}Q${at(-1, 1)} ${at(-1, 1 - c)}` +
    `L${at(-1, -1 + c)}Q${at(-1, -1)} ${at(-1 + c, -1)}Z`
  );
};
