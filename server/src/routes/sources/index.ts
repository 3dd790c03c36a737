import type { FastifyPluginAsync } from 'fastify';
import { SourceDetail } from '@pag/graph-seed';
import { registerDetailRoute } from '../detail-route';

/** `GET /api/sources/:id`: a source, its stored text and where every quote from it stands. */
export const sourceRoutes: FastifyPluginAsync = async (app) =>
  registerDetailRoute(app, {
    path: '/sources/:id',
    summary: 'A source with its stored text and the character ranges of the quotes citing it',
    operationId: 'getSource',
    tag: 'sources',
    what: 'source',
    response: SourceDetail,
    find: (id) => app.repositories.sources.findDetail(id),
  });
