import type { NodeKind } from '@pag/graph-seed';
import { kindColours } from './palette';

export interface NodeKindStyle {
  readonly color: string;
  readonly shape:
    'round-rectangle' | 'rectangle' | 'tag' | 'ellipse' | 'diamond' | 'hexagon' | 'barrel';
}

/** How each node kind looks: the canvas, the legend and the exported figures use it alike. */
export const nodeKindStyles: Record<NodeKind, NodeKindStyle> = {
  'party-organ': { color: kindColours['party-organ'], shape: 'round-rectangle' },
  'state-organ': { color: kindColours['state-organ'], shape: 'rectangle' },
  document: { color: kindColours.document, shape: 'tag' },
  meeting: { color: kindColours.meeting, shape: 'diamond' },
  person: { color: kindColours.person, shape: 'ellipse' },
  'governed-entity': { color: kindColours['governed-entity'], shape: 'hexagon' },
  process: { color: kindColours.process, shape: 'barrel' },
};
