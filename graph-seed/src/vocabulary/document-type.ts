import { z } from 'zod';
import type { BilingualLabel } from './bilingual-label';

/** What kind of instrument a document is, as its title names it. */
export const DocumentType = z.enum([
  'regulation',
  'opinion',
  'programme',
  'provisions',
  'guidance',
  'decision',
  'plan',
  'constitution',
]);
export type DocumentType = z.infer<typeof DocumentType>;

/** What each document type is called, in English and Chinese (条例, 意见, …). */
export const documentTypes = {
  regulation: { label: 'Regulation', labelZh: '条例' },
  opinion: { label: 'Opinion', labelZh: '意见' },
  programme: { label: 'Programme', labelZh: '方案' },
  provisions: { label: 'Provisions', labelZh: '规定' },
  guidance: { label: 'Guidance', labelZh: '指导意见' },
  decision: { label: 'Decision', labelZh: '决定' },
  plan: { label: 'Plan', labelZh: '计划' },
  constitution: { label: 'Constitution', labelZh: '章程' },
} as const satisfies Record<DocumentType, BilingualLabel>;
