import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, EdgeDetail } from '@pag/graph-seed';
import { notFound } from '../not-found';
import { IdParams } from '../params';

/** `GET /api/edges/:id`: a relationship, its ends and its evidence. */
export const edgeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/edges/:id',
    {
      schema: {
        summary: 'A relationship with its endpoints and sources',
        tags: ['graph'],
        params: IdParams,
        response: { 200: EdgeDetail, 400: ApiError, 404: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const detail = await app.repositories.edges.findDetail(request.params.id);
      return detail ?? reply.code(404).send(notFound('relationship', request.params.id));
    },
  );
};
