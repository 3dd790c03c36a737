import { z } from 'zod';
import { SourceType } from '../schema/source';

/** What a quote is evidence for: a node or a relationship. */
export const CitingRecordKind = z.enum(['node', 'relationship']);
export type CitingRecordKind = z.infer<typeof CitingRecordKind>;

/** The body of `GET /api/sources/:id`. */
export const SourceDetail = z.object({
  source: z.object({
    id: z.string(),
    type: SourceType,
    title: z.string(),
    titleZh: z.string().nullable(),
    author: z.string().nullable(),
    publisher: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
    citedIn: z.string().nullable(),
  }),
  /** The stored text the quotes are found in: the source's own, or the citing source's. */
  text: z.string().nullable(),
  textSourceId: z.string().nullable().describe('Whose stored text `text` is'),
  quotes: z.array(
    z.object({
      start: z.number().int().describe('Offset of the first character in `text` (UTF-16)'),
      end: z.number().int().describe('Offset after the last character'),
      quote: z.string(),
      locator: z.string(),
      sourceId: z.string().describe('The source the evidence cites'),
      citedBy: z.object({ kind: CitingRecordKind, id: z.string() }),
    }),
  ),
});
export type SourceDetail = z.infer<typeof SourceDetail>;
