import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';

/** GETs a URL with `inject` and parses a 200 body with the route's own response schema. */
export const getOk = async <T>(
  app: FastifyInstance,
  url: string,
  schema: z.ZodType<T>,
): Promise<T> => {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) {
    throw new Error(`GET ${url} answered ${response.statusCode}: ${response.body}`);
  }
  return schema.parse(response.json());
};
