import { z } from 'zod';
import type { BilingualLabel } from './bilingual-label';

/**
 * The kinds of node the graph holds, in the order the explorer lists them. A `process` is a
 * system or activity a document organizes (community negotiation, Party building in
 * associations): leading a process is not leading its participants.
 */
export const NodeKind = z.enum([
  'party-organ',
  'state-organ',
  'document',
  'governed-entity',
  'person',
  'meeting',
  'process',
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
  process: { label: 'Process', labelZh: '工作过程' },
} as const satisfies Record<NodeKind, BilingualLabel>;
