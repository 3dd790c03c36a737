import { z } from 'zod';
import type { BilingualLabel } from './bilingual-label';

/** Whether a document is issued for trial implementation (试行), as interim (暂行), or final. */
export const DocumentStatus = z.enum(['trial', 'interim', 'final']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** What each status is called, in English and Chinese. */
export const documentStatuses = {
  trial: { label: 'Trial implementation', labelZh: '试行' },
  interim: { label: 'Interim', labelZh: '暂行' },
  final: { label: 'In force', labelZh: '正式施行' },
} as const satisfies Record<DocumentStatus, BilingualLabel>;
