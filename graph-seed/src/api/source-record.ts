import { z } from 'zod';
import { SourceType } from '../schema/source';

/** A source as the API gives it: what a citation is made from. */
export const SourceRecord = z.object({
  id: z.string(),
  type: SourceType,
  title: z.string(),
  titleZh: z.string().nullable(),
  author: z.string().nullable(),
  publisher: z.string().nullable(),
  date: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  url: z.string().nullable(),
  citedIn: z
    .string()
    .nullable()
    .describe('For a source known only through another: the id of the citing source'),
});
export type SourceRecord = z.infer<typeof SourceRecord>;
