import { describe, expect, it } from 'vitest';
import { routeAround, type Obstacle, type Point, type Route } from '../src/graph/edge-routes';

/** The route's bends as points, as Cytoscape places them (its "normal inverse" side). */
const polyline = (source: Point, target: Point, route: Route | null): Point[] => {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  const normal = { x: -dy / length, y: dx / length };
  const bends = (route?.weights ?? []).map((w, i) => {
    const d = route?.distances[i] ?? 0;
    return { x: source.x + dx * w + normal.x * d, y: source.y + dy * w + normal.y * d };
  });
  return [source, ...bends, target];
};

/** How near the line comes to a point. */
const nearest = (line: Point[], p: Point): number =>
  Math.min(
    ...line.slice(1).map((b, i) => {
      const a = line[i] ?? b;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(
        0,
        Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)),
      );
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    }),
  );

describe('routeAround', () => {
  const source = { x: 0, y: 0 };
  const target = { x: 0, y: 400 };

  it('leaves a line straight where it keeps off every node', () => {
    expect(routeAround(source, target, [{ x: 60, y: 200, radius: 30 }])).toBeNull();
  });

  it('bends a line around a node in its way, to the nearer side, clear of it', () => {
    const node = { x: 10, y: 200, radius: 30 };
    const route = routeAround(source, target, [node]);
    const line = polyline(source, target, route);
    expect(nearest(line, node)).toBeGreaterThanOrEqual(node.radius);
    // The node sits a little to the right (+x): the line goes round its left.
    expect(Math.min(...line.map((p) => p.x))).toBeLessThan(0);
    expect(route?.weights).toEqual([0.5]);
  });

  it('keeps off a row of nodes, and off the ones its bends would run into', () => {
    const nodes: Obstacle[] = [
      { x: 0, y: 100, radius: 25 },
      { x: -5, y: 220, radius: 25 },
      { x: 55, y: 160, radius: 25 },
      { x: -60, y: 300, radius: 25 },
    ];
    const line = polyline(source, target, routeAround(source, target, nodes));
    for (const node of nodes) expect(nearest(line, node)).toBeGreaterThanOrEqual(node.radius);
  });

  it('bends lines that run in any direction', () => {
    const from = { x: 300, y: 50 };
    const to = { x: -200, y: 350 };
    const node = { x: 50, y: 200, radius: 30 };
    const line = polyline(from, to, routeAround(from, to, [node]));
    expect(nearest(line, node)).toBeGreaterThanOrEqual(node.radius);
  });
});
