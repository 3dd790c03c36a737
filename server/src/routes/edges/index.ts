import type { FastifyPluginAsync } from 'fastify';
import { EdgeDetail } from '@pag/graph-seed';
import { registerDetailRoute } from '../detail-route';

/** `GET /api/edges/:id`: a relationship, its ends and its evidence. */
export const edgeRoutes: FastifyPluginAsync = async (app) =>
  registerDetailRoute(app, {
    path: '/edges/:id',
    summary: 'A relationship with its endpoints and sources',
    operationId: 'getEdge',
    tag: 'graph',
    what: 'relationship',
    response: EdgeDetail,
    find: (id) => app.repositories.edges.findDetail(id),
  });
