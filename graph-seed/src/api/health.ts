import { z } from 'zod';

/** The body of `GET /api/health`: 200 when Neo4j answers, 503 when it does not. */
export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  neo4j: z.enum(['up', 'down']),
});
export type Health = z.infer<typeof Health>;
