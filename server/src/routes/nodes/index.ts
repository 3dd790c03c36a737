import type { FastifyPluginAsync } from 'fastify';
import { NodeDetail, NodeGroups } from '@pag/graph-seed';
import { registerDetailRoute } from '../detail-route';
import { nodeRelationshipRoutes } from './relationships';

/**
 * `GET /api/nodes/:id`: a node, its evidence and its relationships with theirs;
 * `GET /api/nodes/:id/groups`: what lies below it, counted in groups.
 */
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
  registerDetailRoute(app, {
    path: '/nodes/:id/groups',
    summary:
      'What lies below a node (one hop of authority down, further from the Party centre), counted in groups by kind, type and direction',
    operationId: 'getNodeGroups',
    tag: 'graph',
    what: 'node',
    response: NodeGroups,
    find: (id) => app.repositories.nodes.findGroups(id),
  });
  await app.register(nodeRelationshipRoutes);
};
