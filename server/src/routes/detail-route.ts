import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { ApiError } from '@pag/graph-seed';
import { notFound } from './not-found';
import { IdParams } from './params';

interface DetailRoute<T> {
  /** Path under /api with an `:id` parameter, e.g. `/nodes/:id`. */
  readonly path: string;
  readonly summary: string;
  /** The name a generated client gives the call, e.g. `getNode`. */
  readonly operationId: string;
  readonly tag: string;
  /** What the id names, for the 404 message. */
  readonly what: string;
  readonly response: z.ZodType<T>;
  readonly find: (id: string) => Promise<T | undefined>;
}

/** Registers `GET <path>`: the record with that id, 404 for an unknown id, 400 for a bad one. */
export const registerDetailRoute = <T>(app: FastifyInstance, route: DetailRoute<T>): void => {
  // Typed by hand: the zod compilers of the API plugin still validate params and serialize
  // the response, but a generic T is more than the type provider can infer.
  app.get<{ Params: { id: string } }>(
    route.path,
    {
      schema: {
        summary: route.summary,
        operationId: route.operationId,
        tags: [route.tag],
        params: IdParams,
        response: { 200: route.response, 400: ApiError, 404: ApiError, 503: ApiError },
      },
    },
    async (request, reply) => {
      const detail = await route.find(request.params.id);
      return detail ?? reply.code(404).send(notFound(route.what, request.params.id));
    },
  );
};
