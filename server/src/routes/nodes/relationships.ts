import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiError,
  NodeKind,
  RELATIONSHIP_OFFSET_MAX,
  RELATIONSHIP_PAGE,
  RelationshipDirection,
  RelationshipPage,
  RelationshipType,
} from '@pag/graph-seed';
import { notFound } from '../not-found';
import { IdParams } from '../params';

const PageQuery = z.object({
  type: RelationshipType.describe('The relationship type'),
  direction: RelationshipDirection.describe('out: the node is the source of the arrows'),
  kind: NodeKind.optional().describe('Only relationships whose other end is of this kind'),
  below: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe(
      "true: only relationships whose other end lies below the node (further from the Party centre), as a group's count counts them",
    ),
  offset: z.coerce.number().int().min(0).max(RELATIONSHIP_OFFSET_MAX).default(0),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(RELATIONSHIP_PAGE.max)
    .default(RELATIONSHIP_PAGE.default),
});

/** `GET /api/nodes/:id/relationships`: a page of a node's relationships of one type and way. */
export const nodeRelationshipRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/nodes/:id/relationships',
    {
      schema: {
        operationId: 'getNodeRelationships',
        summary:
          "A page of a node's relationships of one type and direction, with their total and evidence",
        tags: ['graph'],
        params: IdParams,
        querystring: PageQuery,
        response: { 200: RelationshipPage, 400: ApiError, 404: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const page = await app.repositories.nodes.findRelationships({
        id: request.params.id,
        ...request.query,
      });
      return page ?? reply.code(404).send(notFound('node', request.params.id));
    },
  );
};
