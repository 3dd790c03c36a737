import type { FastifyPluginAsync } from 'fastify';
import { NodeDetail } from '@pag/graph-seed';
import { registerDetailRoute } from '../detail-route';
import { nodeRelationshipRoutes } from './relationships';

/** `GET /api/nodes/:id`: a node, its evidence and its relationships with theirs. */
export const nodeRoutes: FastifyPluginAsync = async (app) => {
  registerDetailRoute(app, {
    path: '/nodes/:id',
    summary: 'A node with its sources and relationships',
    operationId: 'getNode',
    tag: 'graph',
    what: 'node',
    response: NodeDetail,
    find: (id) => app.repositories.nodes.findDetail(id),
  });
  await app.register(nodeRelationshipRoutes);
};
