import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ApiError, ViewRecords, ViewRecordsRequest } from '@pag/graph-seed';

/** Room for VIEW_RECORDS_MAX ids of each kind; the rest of the API takes no body. */
const BODY_LIMIT = 2 * 1024 * 1024;

/**
 * `POST /api/view-records`: the records behind a view (its nodes and relationships by id)
 * with their evidence and the sources it cites, for the explorer's GraphML, GEXF and
 * reference files. A read: a POST only because a view's ids do not fit in a URL.
 */
export const viewRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/view-records',
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        operationId: 'getViewRecords',
        summary: "The records of a view's nodes and relationships, with evidence and sources",
        tags: ['graph'],
        body: ViewRecordsRequest,
        response: { 200: ViewRecords, 400: ApiError, 413: ApiError, 415: ApiError, 503: ApiError },
      },
    },
    async (request) => app.repositories.viewRecords.find(request.body),
  );
};
