import { z } from 'zod';
import { Id } from './id';
import { Text } from './text';

/**
 * One piece of evidence: which source, where in it, and the passage quoted verbatim.
 * Every node and every relationship carries at least one.
 */
export const Evidence = z
  .object({
    source: Id.describe('Id of the source the quote comes from'),
    locator: Text().describe(
      'Where in the source: section, footnote number or article, e.g. "§1, fn. 4"',
    ),
    quote: Text().describe('The passage, verbatim as it stands in the stored source text'),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

/** At least one piece of evidence: a fact without a source does not go in. */
export const EvidenceList = z.array(Evidence).min(1, 'needs at least one piece of evidence');
