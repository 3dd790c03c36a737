import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { graphStyle } from '../src/graph/graph-style';
import { badgeScale, MIN_LABEL_PX } from '../src/graph/label-detail';
import { EDGE_FONT } from '../src/graph/label-size';
import { mergeParallelEdges, parallelTo } from '../src/graph/parallel-edges';

const edge = (id: string, source: string, target: string, hop: string | null = null) => ({
  data: { id, source, target, hop, caption: id },
});

const canvas = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle(),
    elements: [
      { data: { id: 'group' } },
      { data: { id: 'organ' } },
      { data: { id: 'unit' } },
      edge('leads', 'group', 'organ', 'command'),
      edge('manages-cadres', 'group', 'organ', 'command'),
      edge('mentioned-with', 'organ', 'group'),
      edge('alone', 'group', 'unit', 'command'),
    ],
  });

const drawn = (cy: cytoscape.Core) =>
  cy
    .edges()
    .filter((e) => e.style('display') !== 'none')
    .map((e) => e.id());

describe('parallelTo', () => {
  const edges = [
    edge('a', 'x', 'y'),
    edge('b', 'y', 'x'),
    edge('c', 'x', 'z'),
    edge('d', 'x', 'y'),
  ];
  it('lists the relationships between the same two nodes either way, in the graph’s order', () => {
    expect(parallelTo(edges, 'b')).toEqual(['a', 'b', 'd']);
  });
  it('gives a relationship alone, or one not in the graph, by itself', () => {
    expect(parallelTo(edges, 'c')).toEqual(['c']);
    expect(parallelTo(edges, 'gone')).toEqual(['gone']);
  });
});

describe('mergeParallelEdges', () => {
  it('draws one line for the relationships between two nodes, marked with their count', () => {
    const cy = canvas();
    mergeParallelEdges(cy);
    expect(drawn(cy)).toEqual(['leads', 'alone']);
    const lead = cy.$id('leads');
    expect(lead.data('bundleCount')).toBe('×3');
    expect(lead.data('bundleCaption')).toBe('leads · manages-cadres · mentioned-with');
    // One of them runs the other way: the line has an arrowhead at each end.
    expect(lead.data('bundleBothWays')).toBe(true);
    expect(lead.style('source-arrow-shape')).toBe('triangle');
    expect(lead.style('label')).toBe('×3');
    expect(cy.$id('alone').hasClass('bundle')).toBe(false);
  });

  it('draws the selected or traced relationship for the rest, and gives the line back when alone', () => {
    const cy = canvas();
    cy.$id('manages-cadres').select();
    mergeParallelEdges(cy);
    expect(drawn(cy)).toEqual(['manages-cadres', 'alone']);
    cy.$id('manages-cadres').unselect();
    cy.$id('mentioned-with').addClass('highlighted');
    mergeParallelEdges(cy);
    expect(drawn(cy)).toEqual(['mentioned-with', 'alone']);
    // Its own direction is the lead's: the other two run the other way.
    expect(cy.$id('mentioned-with').data('bundleBothWays')).toBe(true);
    cy.remove(cy.$id('leads').union(cy.$id('manages-cadres')));
    mergeParallelEdges(cy);
    expect(drawn(cy)).toEqual(['mentioned-with', 'alone']);
    expect(cy.$id('mentioned-with').hasClass('bundle')).toBe(false);
    expect(cy.$id('mentioned-with').style('label')).toBe('');
  });

  it('keeps the count legible when zoomed out, within the limit names have', () => {
    expect(badgeScale(1)).toBe(1.1);
    expect(EDGE_FONT * badgeScale(0.4) * 0.4).toBeGreaterThanOrEqual(MIN_LABEL_PX);
    expect(badgeScale(0.05)).toBe(4);
  });
});
