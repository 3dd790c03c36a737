import type { StylesheetJson } from 'cytoscape';
import { nodeKindStyles } from '../theme/node-kind-styles';
import { fonts, palette } from '../theme/palette';

/** The canvas stylesheet: nodes by kind, lines of authority distinct from the rest. */
export const graphStyle = (): StylesheetJson => [
  {
    selector: 'node',
    style: {
      label: 'data(caption)',
      'font-family': fonts.ui,
      'font-size': 13,
      color: palette.ink,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'text-background-color': palette.panel,
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 34,
      height: 34,
      'border-width': 2,
      'border-color': palette.panel,
    },
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
      'line-style': 'dashed',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': palette.faint,
      'arrow-scale': 0.9,
    },
  },
  {
    selector: 'edge[?authority]',
    style: {
      width: 3,
      'line-color': palette.authority,
      'line-style': 'solid',
      'target-arrow-color': palette.authority,
    },
  },
  {
    // Relationship labels show on hover, or for all while the labels toggle is on.
    selector: 'edge.hovered, edge.labelled, edge:selected',
    style: {
      label: 'data(caption)',
      'font-family': fonts.ui,
      'font-size': 10,
      color: palette.ink,
      'text-rotation': 'autorotate',
      'text-background-color': palette.panel,
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'edge.highlighted',
    style: {
      width: 5,
      'line-color': palette.trace,
      'target-arrow-color': palette.trace,
      'z-index': 10,
    },
  },
  {
    selector: 'edge:selected',
    style: { width: 5, 'line-color': palette.selection, 'target-arrow-color': palette.selection },
  },
];
