import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GraphElements } from '@pag/graph-seed';
import { findGraphElements } from '../../repositories/graph.repository';

/** `GET /api/graph`: the stored graph as Cytoscape elements, capped at the element limit. */
export const graphRoutes: FastifyPluginAsyncZod<{ elementLimit: number }> = async (
  app,
  { elementLimit },
) => {
  app.get(
    '/graph',
    {
      schema: {
        summary: 'The graph as Cytoscape-ready elements',
        response: { 200: GraphElements },
      },
    },
    async () => findGraphElements(app.neo4jQuery, elementLimit),
  );
};
