import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, SEARCH_QUERY_LENGTH_MAX, SEARCH_RESULTS, SearchResults } from '@pag/graph-seed';

const SearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(SEARCH_QUERY_LENGTH_MAX)
    .describe('Words in English or Chinese; the last also matches as a prefix')
    .meta({ example: 'dangzu' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(SEARCH_RESULTS.max)
    .default(SEARCH_RESULTS.default)
    .describe('Most results returned'),
});

/** `GET /api/search`: ranked nodes by name, Chinese name, alias or quote. */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        operationId: 'search',
        summary: 'Search nodes in English and Chinese',
        tags: ['search'],
        querystring: SearchQuery,
        response: { 200: SearchResults, 400: ApiError, 503: ApiError },
      },
    },
    async (request) => app.repositories.search.find(request.query.q, request.query.limit),
  );
};
