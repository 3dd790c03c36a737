import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiError,
  ChainsResponse,
  TRACE_CHAINS,
  TRACE_DEPTH,
  TraceDirection,
} from '@pag/graph-seed';
import { notFound } from '../not-found';
import { BasisList, IdParams } from '../params';

const TraceQuery = z.object({
  direction: TraceDirection.default('up').describe(
    'up: to the Party centre; down: what it reaches',
  ),
  maxDepth: z.coerce
    .number()
    .int()
    .min(1)
    .max(TRACE_DEPTH.max)
    .default(TRACE_DEPTH.default)
    .describe('Most hops per chain'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(TRACE_CHAINS.max)
    .default(TRACE_CHAINS.default)
    .describe('Most chains returned'),
  basis: BasisList.optional(),
});

/** `GET /api/authority/:id`: every chain of authority from a node, each hop with its evidence. */
export const authorityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/authority/:id',
    {
      schema: {
        operationId: 'traceAuthority',
        summary:
          'Lines of authority from a node up to the Party centre, or down to what it reaches',
        tags: ['trace'],
        params: IdParams,
        querystring: TraceQuery,
        response: { 200: ChainsResponse, 400: ApiError, 404: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const chains = await app.repositories.authority.findChains({
        id: request.params.id,
        ...request.query,
      });
      return chains ?? reply.code(404).send(notFound('node', request.params.id));
    },
  );
};
