import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, Overview } from '@pag/graph-seed';

/** `GET /api/overview`: the graph whole when small; else its top ranks, the rest in groups. */
export const overviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/overview',
    {
      schema: {
        operationId: 'getOverview',
        summary:
          'The graph at a glance, bounded whatever its size: the ranks nearest the Party centre, and what lies below them counted in groups',
        tags: ['graph'],
        response: { 200: Overview, 503: ApiError },
      },
    },
    async () => app.repositories.overview.find(),
  );
};
