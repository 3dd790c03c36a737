import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiError,
  ChainsResponse,
  Id,
  PATH_COUNT,
  PATH_LENGTH_MAX,
  PathDirection,
} from '@pag/graph-seed';
import { notFound } from '../not-found';
import { BasisList } from '../params';

const PathsQuery = z.object({
  from: Id.describe('Id of the first node'),
  to: Id.describe('Id of the second node'),
  max: z.coerce
    .number()
    .int()
    .min(1)
    .max(PATH_COUNT.max)
    .default(PATH_COUNT.default)
    .describe('Most paths returned'),
  direction: PathDirection.default('authority').describe(
    'authority: along lines of authority only, every hop the same way (all up or all down from `from`); any: over any relationship, either way, without zig-zags (paths turning more than once along the lines of authority); down or up: along lines of authority only, every hop going that way from `from`',
  ),
  basis: BasisList.optional(),
});

/** `GET /api/paths`: shortest and next-shortest paths between two nodes, with evidence. */
export const pathRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/paths',
    {
      schema: {
        operationId: 'findPaths',
        summary: `Simple paths between two nodes (up to ${PATH_LENGTH_MAX} hops, no node twice), shortest first`,
        tags: ['trace'],
        querystring: PathsQuery,
        response: { 200: ChainsResponse, 400: ApiError, 404: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const result = await app.repositories.paths.find(request.query);
      if ('missing' in result) {
        return reply
          .code(404)
          .send(notFound('node', request.query[result.missing], result.missing));
      }
      return result;
    },
  );
};
