import { z } from 'zod';
import { SourceRecord } from './source-record';

/** What a quote is evidence for: a node or a relationship. */
export const CitingRecordKind = z.enum(['node', 'relationship']);
export type CitingRecordKind = z.infer<typeof CitingRecordKind>;

/** The body of `GET /api/sources/:id`. */
export const SourceDetail = z.object({
  source: SourceRecord,
  /** The stored text the quotes are found in: the source's own, or the citing source's. */
  text: z.string().nullable(),
  textSourceId: z.string().nullable().describe('Whose stored text `text` is'),
  textSource: SourceRecord.nullable().describe(
    'The source whose stored text `text` is: the source itself, or the one that cites it',
  ),
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
