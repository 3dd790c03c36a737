import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health } from '@pag/graph-seed';

/** `GET /api/health`: 200 while Neo4j answers, 503 within the health timeout when it does not. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Whether the service and its Neo4j database are up',
        tags: ['health'],
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const up = await app.repositories.health.isNeo4jUp();
      return up
        ? reply.code(200).send({ status: 'ok', neo4j: 'up' })
        : reply.code(503).header('retry-after', '5').send({ status: 'degraded', neo4j: 'down' });
    },
  );
};
