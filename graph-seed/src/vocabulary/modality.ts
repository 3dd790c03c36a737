import { z } from 'zod';
import type { BilingualLabel } from './bilingual-label';

/**
 * How strong a claim's wording is: an obligation (`must`: must, shall, will be, are
 * required), a recommendation (`should`: should, need to), a permission (`may`), or a
 * statement of fact with no obligation in it (`descriptive`: plays the role of, is, issued).
 */
export const Modality = z.enum(['must', 'should', 'may', 'descriptive']);
export type Modality = z.infer<typeof Modality>;

/** What each modality is called, in English and Chinese: "worded as <label>". */
export const modalities = {
  must: { label: 'an obligation (must)', labelZh: '义务（必须）' },
  should: { label: 'a recommendation (should)', labelZh: '建议（应当）' },
  may: { label: 'a permission (may)', labelZh: '许可（可以）' },
  descriptive: { label: 'a statement of fact', labelZh: '事实陈述' },
} as const satisfies Record<Modality, BilingualLabel>;

/**
 * How strong a modality is, for finding a chain's weakest link: a permission is weaker than
 * a recommendation, which is weaker than an obligation or a stated fact.
 */
export const modalityStrength = (modality: Modality): number =>
  ({ must: 3, descriptive: 3, should: 2, may: 1 })[modality];
