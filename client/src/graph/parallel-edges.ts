import type { Core, EdgeCollection, EdgeSingular } from 'cytoscape';

/** The ends of a relationship, as the API gives them. */
interface Ends {
  readonly data: { readonly id: string; readonly source: string; readonly target: string };
}

/**
 * The relationships between the same two nodes as `id`, either way, `id` among them, in the
 * graph's order; just `id` when it has none beside it (or is not in the graph).
 */
export const parallelTo = (edges: readonly Ends[], id: string): string[] => {
  const edge = edges.find(({ data }) => data.id === id);
  if (!edge) return [id];
  const { source, target } = edge.data;
  return edges
    .filter(
      ({ data }) =>
        (data.source === source && data.target === target) ||
        (data.source === target && data.target === source),
    )
    .map(({ data }) => data.id);
};

/**
 * Which of the lines between two nodes is drawn for them all: the selected one, else one on a
 * traced chain, else one that commands, else one that tells where authority comes from, else
 * the first.
 */
const salience = (edge: EdgeSingular): number => {
  if (edge.selected()) return 4;
  if (edge.hasClass('highlighted')) return 3;
  if (edge.data('hop') === 'command') return 2;
  return edge.data('hop') === 'provenance' ? 1 : 0;
};

/** The relationships drawn together with `edge`, it among them. */
export const drawnWith = (edge: EdgeSingular): EdgeCollection =>
  edge.source().edgesWith(edge.target());

/**
 * Draws the relationships between the same two nodes as one line (a fan of curves reads as
 * noise): the most telling of them stands for all, marked with their count ("×2") and, when
 * they run both ways, an arrowhead at each end; the others are not drawn. Their captions are
 * its label while relationship labels are shown. Run again whenever the selection, a trace,
 * the language or the elements change, as those decide which one stands for the rest.
 */
export const mergeParallelEdges = (cy: Core): void => {
  const seen = new Set<string>();
  cy.batch(() => {
    cy.edges().forEach((edge) => {
      if (seen.has(edge.id())) return;
      const members = drawnWith(edge);
      members.forEach((member) => {
        seen.add(member.id());
      });
      if (members.length === 1) {
        edge.removeClass('bundle merged');
        return;
      }
      const [lead, ...rest] = members.toArray().sort((a, b) => salience(b) - salience(a));
      if (!lead) return;
      const leadSource = lead.source().id();
      lead.removeClass('merged').addClass('bundle');
      lead.data({
        bundleCount: `×${members.length}`,
        bundleCaption: [lead, ...rest].map((member) => String(member.data('caption'))).join(' · '),
        bundleBothWays: rest.some((member) => member.source().id() !== leadSource),
      });
      for (const member of rest) member.removeClass('bundle').addClass('merged');
    });
  });
};
