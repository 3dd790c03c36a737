import type { NodeKind } from '@pag/graph-seed';

export interface NodeKindStyle {
  readonly label: string;
  readonly labelZh: string;
  readonly color: string;
  readonly shape: 'round-rectangle' | 'rectangle' | 'tag' | 'ellipse' | 'diamond' | 'hexagon';
}

/** How each node kind looks, used by the canvas style and the legend alike. */
export const nodeKindStyles: Record<NodeKind, NodeKindStyle> = {
  'party-organ': {
    label: 'Party organ',
    labelZh: '党的机构',
    color: '#b91c1c',
    shape: 'round-rectangle',
  },
  'state-organ': {
    label: 'State organ',
    labelZh: '国家机关',
    color: '#1d4ed8',
    shape: 'rectangle',
  },
  document: { label: 'Document', labelZh: '文件', color: '#a16207', shape: 'tag' },
  meeting: { label: 'Meeting', labelZh: '会议', color: '#475569', shape: 'diamond' },
  person: { label: 'Person', labelZh: '人物', color: '#7c3aed', shape: 'ellipse' },
  'governed-entity': {
    label: 'Governed organization',
    labelZh: '受领导组织',
    color: '#15803d',
    shape: 'hexagon',
  },
};
