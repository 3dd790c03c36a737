import type { Core, EdgeSingular } from 'cytoscape';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A node a line must keep off: a circle around it. */
export interface Obstacle extends Point {
  readonly radius: number;
}

/**
 * A line's bends, as Cytoscape's segments take them: each at a fraction of the way from
 * source to target (`weights`) and a distance to the side of the straight line
 * (`distances`, positive to the left of the direction of travel on screen, whose y grows
 * downward: Cytoscape's own sign).
 */
export interface Route {
  readonly weights: readonly number[];
  readonly distances: readonly number[];
}

/** Room left between a line and a node it passes, beyond the node's own radius. */
export const CLEARANCE = 10;
/** Past this many relationships on the canvas, lines are drawn straight (see routeEdges). */
export const MAX_ROUTED_EDGES = 3000;
/** How many times a route is bent further around the nodes its last bends ran into. */
const ROUNDS = 6;

/** A bend in the line's own frame: `along` from the source, `across` to its side. */
interface Bend {
  readonly along: number;
  readonly across: number;
}

/** How far a point is from the segment between two others. */
const distanceToSegment = (p: Bend, a: Bend, b: Bend): number => {
  const dx = b.along - a.along;
  const dy = b.across - a.across;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(0, Math.min(1, ((p.along - a.along) * dx + (p.across - a.across) * dy) / length2));
  return Math.hypot(p.along - (a.along + t * dx), p.across - (a.across + t * dy));
};

/**
 * Bends a line, on one side (`side` +1 or −1), around each circle it runs into, again and
 * again until it runs into none or the rounds are spent. Returns the bends (sorted along
 * the line) and whether it came clear.
 */
const bendAround = (
  length: number,
  circles: readonly (Bend & { readonly radius: number })[],
  side: 1 | -1,
): { bends: Bend[]; clear: boolean } => {
  let bends: Bend[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const path = [{ along: 0, across: 0 }, ...bends, { along: length, across: 0 }];
    const hit = circles.filter((circle) =>
      path
        .slice(1)
        .some((end, i) => distanceToSegment(circle, path[i] ?? end, end) < circle.radius),
    );
    if (hit.length === 0) return { bends, clear: true };
    for (const circle of hit) {
      // Past the circle's far side, a little more than its radius: the line meets the bend
      // at a slant, and so comes nearer the centre than the bend itself.
      const across = circle.across + side * circle.radius * 1.2;
      const near = bends.findIndex((bend) => Math.abs(bend.along - circle.along) < circle.radius);
      const bend = bends[near];
      if (!bend) bends.push({ along: circle.along, across });
      else if (side * across > side * bend.across) bends[near] = { along: bend.along, across };
    }
    bends = bends.sort((a, b) => a.along - b.along);
  }
  return { bends, clear: false };
};

/**
 * A route for the line from `source` to `target` that keeps off every obstacle, bent to
 * whichever side needs the smaller detour; null when the straight line already keeps off
 * them. Obstacles at the line's own ends are the caller's to leave out.
 */
export const routeAround = (
  source: Point,
  target: Point,
  obstacles: readonly Obstacle[],
): Route | null => {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length < 1) return null;
  const unit = { x: dx / length, y: dy / length };
  // Cytoscape's side: its "normal inverse" of the direction of travel.
  const normal = { x: -unit.y, y: unit.x };
  const circles = obstacles
    .map((obstacle) => {
      const rx = obstacle.x - source.x;
      const ry = obstacle.y - source.y;
      return {
        along: rx * unit.x + ry * unit.y,
        across: rx * normal.x + ry * normal.y,
        radius: obstacle.radius,
      };
    })
    // Only nodes beside the line, within the length it runs, can be in the way.
    .filter(
      (c) =>
        c.along > -c.radius &&
        c.along < length + c.radius &&
        Math.abs(c.across) < 3 * c.radius + length / 2,
    );
  const straight = circles.some(
    (c) => c.along > 0 && c.along < length && Math.abs(c.across) < c.radius,
  );
  if (!straight) return null;
  const cost = ({ bends, clear }: { bends: Bend[]; clear: boolean }) =>
    (clear ? 0 : 1e9) + bends.reduce((sum, bend) => sum + Math.abs(bend.across), 0);
  const left = bendAround(length, circles, 1);
  const right = bendAround(length, circles, -1);
  const best = cost(left) <= cost(right) ? left : right;
  const bends = best.bends.filter((bend) => bend.along > 0 && bend.along < length);
  if (bends.length === 0) return null;
  return {
    weights: bends.map((bend) => Math.round((bend.along / length) * 1000) / 1000),
    distances: bends.map((bend) => Math.round(bend.across * 10) / 10),
  };
};

/**
 * Routes every relationship on the canvas off the nodes it would otherwise cross (a long
 * line through a node reads as passing through it): such lines are bent around them, with
 * rounded corners (class `routed`); the rest stay straight. Only the nodes drawn are in the
 * way, so a figure of the chains alone routes around its own nodes. Run again whenever
 * nodes move. Above MAX_ROUTED_EDGES relationships every line is left straight, as the
 * routes would cost more than they give at that density.
 */
export const routeEdges = (cy: Core): void => {
  const edges = cy.edges();
  cy.batch(() => {
    if (edges.length > MAX_ROUTED_EDGES) {
      edges.removeClass('routed');
      return;
    }
    const nodes = cy
      .nodes()
      .toArray()
      .filter((node) => node.style('display') !== 'none')
      .map((node) => ({
        id: node.id(),
        x: node.position('x'),
        y: node.position('y'),
        radius: Math.max(node.width(), node.height()) / 2 + CLEARANCE,
      }));
    edges.forEach((edge: EdgeSingular) => {
      const from = edge.source();
      const to = edge.target();
      const route =
        from.id() === to.id()
          ? null
          : routeAround(
              from.position(),
              to.position(),
              nodes.filter((node) => node.id !== from.id() && node.id !== to.id()),
            );
      if (!route) {
        edge.removeClass('routed');
        return;
      }
      edge.data({ routeWeights: route.weights, routeDistances: route.distances });
      edge.addClass('routed');
    });
  });
};
