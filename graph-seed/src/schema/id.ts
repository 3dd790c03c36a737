import { z } from 'zod';

/**
 * A stable identifier: lower-case words joined by hyphens (`cpc-central-committee`).
 * Ids are the join keys between data files, Neo4j and shared URLs, so they never change
 * once published.
 */
export const Id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be lower-case words joined by hyphens, e.g. "cpc-central-committee"',
  )
  .max(120)
  .describe('Stable identifier, kebab-case');
export type Id = z.infer<typeof Id>;
