import type { StylesheetJson } from 'cytoscape';
import { Basis } from '@pag/graph-seed';
import { basisLineStyles, dashPatterns } from '../theme/claim-styles';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { fonts, palette } from '../theme/palette';
import { prominenceSizes } from './node-prominence';

/**
 * The canvas stylesheet: nodes by kind, sized by prominence; lines of authority that
 * command thick and dark red, those that tell where authority comes from thinner and
 * violet, the rest thin and grey; each line solid, dashed or dotted by the basis of its claim, with a hollow
 * arrowhead where the source only permits ("may"); relationships between the same two nodes
 * drawn as one line with their count.
 */
export const graphStyle = (): StylesheetJson => [
  {
    selector: 'node',
    style: {
      label: 'data(caption)',
      'font-family': fonts.ui,
      color: palette.ink,
      'text-wrap': 'wrap',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'text-background-color': palette.panel,
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'border-width': 2,
      'border-color': palette.panel,
    },
  },
  // Size by role: the Party centre largest, then the organs of Party and state. Names are
  // sized by data (see label-size), as they grow when zoomed out or in a figure.
  {
    selector: 'node[fontSize]',
    style: { 'font-size': 'data(fontSize)', 'text-max-width': 'data(textWidth)' },
  },
  ...Object.entries(prominenceSizes).map(([level, size]) => ({
    selector: `node[prominence = ${level}]`,
    style: { width: size.node, height: size.node },
  })),
  {
    // Too small to read at this zoom (see label-detail): named on hover instead.
    selector: 'node.unnamed',
    style: { label: '' },
  },
  {
    // Chinese names have no spaces: let them wrap between characters.
    selector: 'node[?wrapAnywhere]',
    style: { 'text-overflow-wrap': 'anywhere' },
  },
  ...Object.entries(nodeKindStyles).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.color, shape: style.shape },
  })),
  {
    // A group of the overview: a dashed box counting the members not drawn yet.
    selector: 'node.group',
    style: {
      shape: 'round-rectangle',
      width: 30,
      height: 18,
      'background-color': palette.panel,
      'border-width': 2,
      'border-style': 'dashed',
      'border-color': palette.muted,
      color: palette.muted,
    },
  },
  {
    // Dragged into place by the person: it stays there through every re-layout.
    selector: 'node.pinned',
    style: { 'border-color': palette.ink, 'border-width': 3, 'border-style': 'double' },
  },
  {
    selector: 'node:selected',
    style: { 'border-color': palette.selection, 'border-width': 4 },
  },
  {
    selector: '.dimmed',
    style: { opacity: 0.12 },
  },
  {
    selector: 'node.highlighted',
    style: { 'border-color': palette.selection, 'border-width': 3 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': palette.faint,
      'target-arrow-shape': 'triangle',
      'target-arrow-color': palette.faint,
      'source-arrow-color': palette.faint,
      'arrow-scale': 0.9,
    },
  },
  {
    // A line bent around the nodes it would cross (see edge-routes).
    selector: 'edge.routed',
    style: {
      'curve-style': 'round-segments',
      'segment-weights': 'data(routeWeights)',
      'segment-distances': 'data(routeDistances)',
      'segment-radii': [40],
      'edge-distances': 'node-position',
    },
  },
  {
    selector: 'edge[?authority]',
    style: {
      width: 3,
      'line-color': palette.authority,
      'target-arrow-color': palette.authority,
      'source-arrow-color': palette.authority,
    },
  },
  {
    // Where authority comes from (part of, issued by, passed at): thinner, in its own colour.
    selector: 'edge[hop = "provenance"]',
    style: {
      width: 2,
      'line-color': palette.provenance,
      'target-arrow-color': palette.provenance,
      'source-arrow-color': palette.provenance,
    },
  },
  ...Basis.options.map((basis) => ({
    selector: `edge[basis = "${basis}"]`,
    style: {
      'line-style': basisLineStyles[basis],
      'line-dash-pattern': [...dashPatterns.dashed],
    },
  })),
  {
    selector: 'edge[modality = "may"]',
    style: { 'target-arrow-fill': 'hollow', 'arrow-scale': 1.2 },
  },
  {
    // Relationship labels show on hover, or for all while the labels toggle is on.
    selector: 'edge.hovered, edge.labelled, edge:selected',
    style: {
      label: 'data(caption)',
      'font-family': fonts.ui,
      'font-size': 'data(fontSize)',
      color: palette.ink,
      'text-rotation': 'autorotate',
      'text-background-color': palette.panel,
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  {
    // The band to a group stands for many relationships, each on its own basis: drawn as no
    // line is (solid, dashed and dotted say how strong a claim is), it claims none.
    selector: 'edge.group',
    style: {
      width: 7,
      'line-style': 'solid',
      'line-color': palette.line,
      'target-arrow-shape': 'none',
      'source-arrow-shape': 'none',
      'curve-style': 'straight',
    },
  },
  {
    // Several relationships between two nodes, drawn as one line (see parallel-edges):
    // marked with their count, read in full on hover or with relationship labels on.
    selector: 'edge.merged',
    style: { display: 'none' },
  },
  {
    selector: 'edge.bundle',
    style: {
      label: 'data(bundleCount)',
      'font-family': fonts.ui,
      'font-size': 'data(fontSize)',
      'font-weight': 'bold',
      color: palette.ink,
      'text-rotation': 'none',
      'text-background-color': palette.panel,
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'text-border-width': 1,
      'text-border-color': palette.border,
      'text-border-opacity': 1,
    },
  },
  {
    selector: 'edge.bundle.hovered, edge.bundle.labelled, edge.bundle:selected',
    style: { label: 'data(bundleCaption)', 'text-rotation': 'autorotate' },
  },
  {
    selector: 'edge.bundle[?bundleBothWays]',
    style: { 'source-arrow-shape': 'triangle' },
  },
  {
    selector: 'edge.highlighted',
    style: {
      width: 5,
      'line-color': palette.trace,
      'target-arrow-color': palette.trace,
      'source-arrow-color': palette.trace,
      'z-index': 10,
    },
  },
  {
    selector: 'edge:selected',
    style: {
      width: 5,
      'line-color': palette.selection,
      'target-arrow-color': palette.selection,
      'source-arrow-color': palette.selection,
    },
  },
  {
    // Dashes grow with the line, so a wide dashed line does not read as dotted.
    selector:
      'edge.highlighted[basis = "title-inference"], edge:selected[basis = "title-inference"]',
    style: { 'line-dash-pattern': dashPatterns.dashed.map((length) => length * 2) },
  },
  {
    // Left out of a figure of the traced chains alone (see export/figure-contents).
    selector: '.figure-hidden',
    style: { display: 'none' },
  },
];
