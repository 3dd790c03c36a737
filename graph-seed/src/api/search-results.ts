import { z } from 'zod';
import { NodeSummary } from './node-summary';

/** The body of `GET /api/search`. */
export const SearchResults = z.object({
  results: z.array(
    NodeSummary.extend({
      score: z.number().describe('Higher is better; exact name matches rank first'),
      snippet: z.string().nullable().describe('Where the query matched, when not in the name'),
    }),
  ),
});
export type SearchResults = z.infer<typeof SearchResults>;
