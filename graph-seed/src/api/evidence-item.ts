import { z } from 'zod';

/** One piece of evidence as the API returns it: the quote with its source's citation. */
export const EvidenceItem = z.object({
  sourceId: z.string(),
  title: z.string().describe("The source's title"),
  url: z.string().nullable().describe('Where the original can be read, if online'),
  author: z.string().nullable().describe("The source's author, where known"),
  publisher: z.string().nullable().describe("The source's publisher, where known"),
  date: z.string().nullable().describe("The source's date: YYYY, YYYY-MM or YYYY-MM-DD"),
  quotedIn: z
    .string()
    .nullable()
    .describe(
      'For a source known only through another: the title of the text that quotes it, whose words the quote is',
    ),
  locator: z.string().describe('Where in the source: section, footnote, article'),
  quote: z.string().describe('The passage, verbatim'),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;
