import { z } from 'zod';

/** One piece of evidence as the API returns it: the quote with its source's citation. */
export const EvidenceItem = z.object({
  sourceId: z.string(),
  title: z.string().describe("The source's title"),
  url: z.string().nullable().describe('Where the original can be read, if online'),
  locator: z.string().describe('Where in the source: section, footnote, article'),
  quote: z.string().describe('The passage, verbatim'),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;
