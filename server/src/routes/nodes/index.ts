import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, NodeDetail } from '@pag/graph-seed';
import { notFound } from '../not-found';
import { IdParams } from '../params';

/** `GET /api/nodes/:id`: a node, its evidence and its relationships with theirs. */
export const nodeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/nodes/:id',
    {
      schema: {
        summary: 'A node with its sources and relationships',
        tags: ['graph'],
        params: IdParams,
        response: { 200: NodeDetail, 400: ApiError, 404: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const detail = await app.repositories.nodes.findDetail(request.params.id);
      return detail ?? reply.code(404).send(notFound('node', request.params.id));
    },
  );
};
