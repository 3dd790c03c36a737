import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, GraphMeta } from '@pag/graph-seed';

/** `GET /api/meta`: node kinds, relationship types (and which are authority), counts, version. */
export const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/meta',
    {
      schema: {
        operationId: 'getMeta',
        summary: 'What the graph holds and which data version is loaded',
        tags: ['graph'],
        response: { 200: GraphMeta, 503: ApiError },
      },
    },
    async () => app.repositories.meta.find(),
  );
};
