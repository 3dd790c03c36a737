import type { StylesheetJson } from 'cytoscape';
import { nodeKindStyles } from './node-kinds';

const FONT =
  '"Inter", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** The canvas stylesheet: nodes by kind, authority relationships distinct from the rest. */
export const graphStyle = (): StylesheetJson => [
  {
    selector: 'node',
    style: {
      label: 'data(caption)',
      'font-family': FONT,
      'font-size': 13,
      color: '#111827',
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-margin-y': 6,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      width: 34,
      height: 34,
      'border-width': 2,
      'border-color': '#ffffff',
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
    style: { 'border-color': '#f59e0b', 'border-width': 4 },
  },
  {
    selector: '.dimmed',
    style: { opacity: 0.12 },
  },
  {
    selector: 'node.highlighted',
    style: { 'border-color': '#f59e0b', 'border-width': 3 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'line-color': '#9ca3af',
      'line-style': 'dashed',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#9ca3af',
      'arrow-scale': 0.9,
    },
  },
  {
    selector: 'edge[?authority]',
    style: {
      width: 3,
      'line-color': '#7f1d1d',
      'line-style': 'solid',
      'target-arrow-color': '#7f1d1d',
    },
  },
  {
    // Relationship labels show on hover, or for all while the labels toggle is on.
    selector: 'edge.hovered, edge.labelled, edge:selected',
    style: {
      label: 'data(caption)',
      'font-family': FONT,
      'font-size': 10,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'edge.highlighted',
    style: { width: 5, 'line-color': '#d97706', 'target-arrow-color': '#d97706', 'z-index': 10 },
  },
  {
    selector: 'edge:selected',
    style: { width: 5, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' },
  },
];
