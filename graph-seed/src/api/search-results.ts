import { z } from 'zod';
import { RelationshipType } from '../vocabulary/relationship-type';
import { NodeSummary } from './node-summary';

const Snippet = z.string().nullable().describe('Where the query matched, when not in the name');

/** The body of `GET /api/search`. */
export const SearchResults = z.object({
  results: z
    .array(
      NodeSummary.extend({
        score: z.number().describe('Higher is better; exact name matches rank first'),
        snippet: Snippet,
      }),
    )
    .describe('Nodes, by name, Chinese name, pinyin, alias or quote'),
  relationships: z
    .array(
      z.object({
        id: z.string(),
        type: RelationshipType,
        source: NodeSummary,
        target: NodeSummary,
        score: z.number(),
        snippet: Snippet,
      }),
    )
    .describe('Relationships, by how their type reads (in English or Chinese) or by their quotes'),
  didYouMean: z
    .string()
    .nullable()
    .describe(
      'When nothing matched as typed: the name the results, found by similar spelling, start with',
    ),
});
export type SearchResults = z.infer<typeof SearchResults>;
export type SearchRelationship = SearchResults['relationships'][number];
