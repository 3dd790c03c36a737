import type { Core } from 'cytoscape';
import { NodeKind, type Basis, type Modality } from '@pag/graph-seed';
import { basisLineStyles, type LineStyle } from '../theme/claim-styles';

/** What a figure shows, so that its legend explains that and nothing else. */
export interface FigureContents {
  readonly kinds: readonly NodeKind[];
  readonly authority: boolean;
  readonly provenance: boolean;
  readonly other: boolean;
  readonly lines: readonly LineStyle[];
  readonly may: boolean;
  /** Whether a line stands for several relationships (see graph/parallel-edges). */
  readonly merged: boolean;
}

/** Everything a legend can explain: for a figure whose contents are not known. */
export const ALL_CONTENTS: FigureContents = {
  kinds: NodeKind.options,
  authority: true,
  provenance: true,
  other: true,
  lines: ['solid', 'dashed', 'dotted'],
  may: true,
  merged: true,
};

/**
 * The elements a figure draws: those displayed. (Cytoscape's `:visible` may still count an
 * element hidden a moment ago, before the canvas has drawn again.)
 */
export const shownElements = (cy: Core) =>
  cy.elements().filter((element) => element.style('display') !== 'none');

/** The node kinds, kinds of line and line styles among the elements a figure draws. */
export const contentsOf = (cy: Core): FigureContents => {
  const shown = shownElements(cy);
  const nodes = shown.nodes();
  const edges = shown.edges();
  const kinds = new Set(nodes.map((node) => node.data('kind') as NodeKind));
  const bases = new Set(edges.map((edge) => edge.data('basis') as Basis));
  const lines = new Set([...bases].map((basis) => basisLineStyles[basis]));
  return {
    kinds: NodeKind.options.filter((kind) => kinds.has(kind)),
    authority: edges.some((edge) => edge.data('hop') === 'command'),
    provenance: edges.some((edge) => edge.data('hop') === 'provenance'),
    other: edges.some((edge) => edge.data('authority') !== true),
    lines: (['solid', 'dashed', 'dotted'] as const).filter((style) => lines.has(style)),
    may: edges.some((edge) => (edge.data('modality') as Modality) === 'may'),
    merged: edges.filter('.bundle').nonempty(),
  };
};

/**
 * Draws a figure of the view: the selection ring left out, and with `onlyLit`, only the
 * traced chains or found paths (everything else hidden, so the figure is cropped to them).
 * The view is as it was afterwards.
 */
export const asFigure = async <T>(
  cy: Core,
  onlyLit: boolean,
  draw: () => Promise<T> | T,
): Promise<T> => {
  const selected = cy.elements(':selected');
  const lit = cy.elements('.highlighted');
  const hidden = onlyLit && lit.nonempty() ? cy.elements().not(lit) : cy.collection();
  selected.unselect();
  hidden.addClass('figure-hidden');
  try {
    return await draw();
  } finally {
    hidden.removeClass('figure-hidden');
    selected.select();
  }
};
