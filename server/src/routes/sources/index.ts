import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, SourceDetail } from '@pag/graph-seed';
import { notFound } from '../not-found';
import { IdParams } from '../params';

/** `GET /api/sources/:id`: a source, its stored text and where every quote from it stands. */
export const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources/:id',
    {
      schema: {
        summary: 'A source with its stored text and the character ranges of the quotes citing it',
        tags: ['sources'],
        params: IdParams,
        response: { 200: SourceDetail, 400: ApiError, 404: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const detail = await app.repositories.sources.findDetail(request.params.id);
      return detail ?? reply.code(404).send(notFound('source', request.params.id));
    },
  );
};
