import type { Core, NodeSingular } from 'cytoscape';
import { collidingNames, type NameBox } from './label-declutter';
import { EDGE_FONT, prominenceOf, scaleLabels } from './label-size';
import { prominenceSizes, type Prominence } from './node-prominence';

/** The smallest a name may be drawn on screen, in CSS pixels. */
export const MIN_LABEL_PX = 11;
/** How far a prominent name may grow beyond its size to stay legible when zoomed out. */
const MAX_LABEL_SCALE = 4;

/** How a node's name is drawn at a zoom: hidden, or scaled by this factor (1 when as styled). */
export type LabelDetail =
  { readonly named: false } | { readonly named: true; readonly scale: number };

/**
 * Level of detail at a zoom, by prominence, as on a map: the Party centre and the organs of
 * Party and state keep names at least MIN_LABEL_PX tall on screen however far out the camera
 * goes (up to MAX_LABEL_SCALE their size); every other name shows only when the zoom draws
 * it that large by itself, unless it is `inFocus` (selected, or on a traced chain), when it
 * grows as a prominent name does. Scales are rounded up to tenths, so a name changes size in
 * steps.
 */
export const labelDetail = (prominence: Prominence, zoom: number, inFocus = false): LabelDetail => {
  const { font } = prominenceSizes[prominence];
  const needed = MIN_LABEL_PX / (font * zoom);
  if (needed <= 1) return { named: true, scale: 1 };
  if ((prominence === 1 && !inFocus) || needed > MAX_LABEL_SCALE) return { named: false };
  return { named: true, scale: Math.ceil(needed * 10) / 10 };
};

/**
 * How much the count on a line drawn for several relationships (see parallel-edges) is
 * enlarged at a zoom, so that it stays MIN_LABEL_PX tall on screen, up to MAX_LABEL_SCALE.
 */
export const badgeScale = (zoom: number): number =>
  Math.min(MAX_LABEL_SCALE, Math.max(1, Math.ceil((MIN_LABEL_PX / (EDGE_FONT * zoom)) * 10) / 10));

const LEVEL = 'labelDetail';

/** The gap between a node's shape and its name (the stylesheet's text-margin-y). */
const NAME_MARGIN = 6;

/** Whether a node's name is in focus: it is selected, or on a traced chain. */
const inFocus = (node: NodeSingular) => node.selected() || node.hasClass('highlighted');

/** Where a node keeps its name's size, measured at scale 1 (see nameSize). */
const NAME_SIZE = 'nameSize';

/** The scale a node's name is drawn at (see label-size). */
const scaleOf = (node: NodeSingular): number => Number(node.data('labelScale') ?? 1) || 1;

interface KnownSize {
  /** The name's text and its font at scale 1. */
  readonly key: string;
  readonly w: number;
  readonly h: number;
}

/** What a name's size is kept under: its text and its font at scale 1. */
const sizeKey = (node: NodeSingular): string => {
  // Rounded: 19 × 1.1 ÷ 1.1 is 19.000000000000004.
  const font = Math.round((Number(node.data('fontSize')) / scaleOf(node)) * 100) / 100;
  return `${String(node.data('caption'))}\u0000${font}`;
};

/** The node's name's size at scale 1, if it was measured for its present text and font. */
const knownSize = (node: NodeSingular): KnownSize | undefined => {
  const known = node.scratch(NAME_SIZE) as KnownSize | undefined;
  return known?.key === sizeKey(node) ? known : undefined;
};

/**
 * A node's name's size at its present scale: measured by Cytoscape once for each name and
 * font (at scale 1: the name is scaled with its wrapping width, so it breaks into the same
 * lines and grows in proportion), then worked out. Measuring every name at every step of a
 * zoom took 25 ms a step for 437 names.
 */
const nameSize = (node: NodeSingular): { w: number; h: number } | null => {
  const scale = scaleOf(node);
  const known = knownSize(node);
  if (known) return { w: known.w * scale, h: known.h * scale };
  // A name left out has no box to measure (applyLabelDetail draws it first).
  if (node.hasClass('unnamed')) return null;
  const name = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
  if (!(name.w > 0 && name.h > 0)) return null;
  node.scratch(NAME_SIZE, { key: sizeKey(node), w: name.w / scale, h: name.h / scale });
  return { w: name.w, h: name.h };
};

/**
 * Where each drawn name stands, in the graph's coordinates: at its size (nameSize), beneath
 * its node where the node is now (a name's own box may still stand where the node was before
 * a layout moved it, until the canvas next draws). A name may stand over another node's
 * shape, as it did before any was left out: its background keeps it legible there.
 */
const nameBoxes = (cy: Core, named: ReadonlySet<string>): NameBox[] => {
  const boxes: NameBox[] = [];
  cy.nodes().forEach((node) => {
    if (!node.data('caption') || !named.has(node.id())) return;
    const name = nameSize(node);
    if (!name) return;
    const { x, y } = node.position();
    const top = y + node.height() / 2 + NAME_MARGIN;
    boxes.push({
      id: node.id(),
      x1: x - name.w / 2,
      x2: x + name.w / 2,
      y1: top,
      y2: top + name.h,
      priority: node.hasClass('group') ? 1.5 : prominenceOf(node),
      keep: inFocus(node),
    });
  });
  return boxes;
};

/**
 * Keeps the canvas's names legible at every zoom (see labelDetail): a name too small to
 * read is left out (class `unnamed`; hovering still shows it), a prominent one grows (see
 * label-size), and so does the count on a line drawn for several relationships. Zoomed
 * out (below the names' own size), where two names would then collide the lesser is left out
 * too (label-declutter); from zoom 1 in, every name is drawn where the layout put it, so a
 * name left out returns as the camera comes closer. Cheap on every zoom event: elements
 * change only when the detail does, or when `changed` says elements were added, moved,
 * renamed, selected, traced or merged.
 */
export const applyLabelDetail = (cy: Core, changed = false): void => {
  const zoom = cy.zoom();
  const details = ([1, 2, 3] as const).map((level) => labelDetail(level, zoom));
  const focused = ([1, 2, 3] as const).map((level) => labelDetail(level, zoom, true));
  const badge = badgeScale(zoom);
  const crowded = zoom < 1;
  const key = JSON.stringify([details, focused, badge, crowded]);
  if (!changed && cy.scratch(LEVEL) === key) return;
  cy.scratch(LEVEL, key);
  // Which names the zoom draws, then which of those collide; each node's class is set once,
  // so that a name left out for a collision is not drawn and left out again at every step.
  const named = new Set<string>();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      // A group's count is named as a name in focus is: it is what the box says.
      const detail = (inFocus(node) || node.hasClass('group') ? focused : details)[
        prominenceOf(node) - 1
      ];
      if (!detail) return;
      scaleLabels(node, detail.named ? detail.scale : 1);
      if (!detail.named) return;
      named.add(node.id());
      // A name not measured for its text and font yet (a language switch) is drawn to be.
      if (!knownSize(node)) node.removeClass('unnamed');
    });
    cy.edges().forEach((edge) => {
      scaleLabels(edge, edge.hasClass('bundle') ? badge : 1);
    });
  });
  const colliding = crowded ? collidingNames(nameBoxes(cy, named)) : new Set<string>();
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.toggleClass('unnamed', !named.has(node.id()) || colliding.has(node.id()));
    });
  });
};

/**
 * Draws with every name shown at its own size, whatever the zoom (a figure is not read at
 * the canvas's zoom; it may enlarge names itself), and gives the canvas its level of detail
 * back afterwards.
 */
export const withEveryName = async <T>(cy: Core, draw: () => Promise<T> | T): Promise<T> => {
  cy.batch(() => {
    cy.elements().removeClass('unnamed');
    scaleLabels(cy.elements(), 1);
  });
  try {
    return await draw();
  } finally {
    scaleLabels(cy.edges(), 1);
    applyLabelDetail(cy, true);
  }
};
