import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, GraphElements, Id, PartialDate } from '@pag/graph-seed';
import { NodeKindList, RelationshipTypeList } from '../params';

const GraphQuery = z.object({
  kinds: NodeKindList.optional(),
  relTypes: RelationshipTypeList.optional(),
  document: Id.optional().describe('Only what this document establishes'),
  from: PartialDate.optional().describe('Documents dated from (YYYY, YYYY-MM or YYYY-MM-DD)'),
  to: PartialDate.optional().describe('Documents dated up to'),
});

/** `GET /api/graph`: the graph or a filtered view as Cytoscape elements, capped. */
export const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/graph',
    {
      schema: {
        operationId: 'getGraph',
        summary: 'The graph, or a filtered view of it, as Cytoscape-ready elements',
        tags: ['graph'],
        querystring: GraphQuery,
        response: { 200: GraphElements, 400: ApiError, 503: ApiError },
      },
    },
    async (request) => app.repositories.graph.findElements(request.query),
  );
};
