import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ApiError,
  DataChanges,
  DataVersionId,
  DataVersions,
  VERSIONS_LISTED,
} from '@pag/graph-seed';
import { notFound } from '../not-found';

const VersionsQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(VERSIONS_LISTED.max)
    .default(VERSIONS_LISTED.default)
    .describe('Most versions listed, newest first'),
});

const VersionParams = z.object({ version: DataVersionId });

/**
 * `GET /api/versions`: every load that changed the data, newest first, with what it changed;
 * `GET /api/versions/:version/changes`: what changed since a version (a cited link's, say).
 */
export const versionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/versions',
    {
      schema: {
        operationId: 'listVersions',
        summary: 'Every data version loaded, newest first, with what each changed',
        tags: ['graph'],
        querystring: VersionsQuery,
        response: { 200: DataVersions, 400: ApiError, 503: ApiError },
      },
    },
    async (request) => app.repositories.versions.list(request.query.limit),
  );
  app.get(
    '/versions/:version/changes',
    {
      schema: {
        operationId: 'changesSince',
        summary:
          'What claims and sources were added, changed or removed since a data version, up to the one loaded now',
        tags: ['graph'],
        params: VersionParams,
        response: { 200: DataChanges, 400: ApiError, 404: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const changes = await app.repositories.versions.changesSince(request.params.version);
      return (
        changes ?? reply.code(404).send(notFound('data version', request.params.version, 'version'))
      );
    },
  );
};
