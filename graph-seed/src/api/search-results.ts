import { z } from 'zod';
import { NodeKind } from '../schema/node';

/** The body of `GET /api/search`. */
export const SearchResults = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      kind: NodeKind,
      name: z.string(),
      nameZh: z.string().nullable(),
      score: z.number().describe('Higher is better; exact name matches rank first'),
      snippet: z.string().nullable().describe('Where the query matched, when not in the name'),
    }),
  ),
});
export type SearchResults = z.infer<typeof SearchResults>;
