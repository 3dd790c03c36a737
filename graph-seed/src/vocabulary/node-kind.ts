import { z } from 'zod';
import type { BilingualLabel } from './bilingual-label';

/** The kinds of node the graph holds, in the order the explorer lists them. */
export const NodeKind = z.enum([
  'party-organ',
  'state-organ',
  'document',
  'governed-entity',
  'person',
  'meeting',
]);
export type NodeKind = z.infer<typeof NodeKind>;

/** What each node kind is called, in English and Chinese. */
export const nodeKinds = {
  'party-organ': { label: 'Party organ', labelZh: '党的机构' },
  'state-organ': { label: 'State organ', labelZh: '国家机关' },
  document: { label: 'Document', labelZh: '文件' },
  'governed-entity': { label: 'Governed organization', labelZh: '受领导组织' },
  person: { label: 'Person', labelZh: '人物' },
  meeting: { label: 'Meeting', labelZh: '会议' },
} as const satisfies Record<NodeKind, BilingualLabel>;
