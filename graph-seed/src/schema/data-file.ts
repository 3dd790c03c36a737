import { z } from 'zod';
import { Id } from './id';
import { GraphNode } from './node';
import { GraphRelationship } from './relationship';
import { Source } from './source';
import { Text } from './text';

/**
 * A governed organization that deliberately does not reach the Party centre by lines of
 * authority, with the reason (usually: the sources state no such line).
 */
export const Unconnected = z
  .object({
    node: Id,
    reason: Text({ length: 10, message: 'give the reason in a sentence' }),
  })
  .strict();
export type Unconnected = z.infer<typeof Unconnected>;

/**
 * One authoring file: usually one document with the sources, nodes and relationships it
 * supports. Adding the next regulation is adding one such file.
 */
export const DataFile = z
  .object({
    sources: z
      .array(
        Source.refine((source) => source.type !== 'synthetic', {
          error:
            "type synthetic is the scale-test generator's own (pnpm graph synth): curated data cites real sources",
          path: ['type'],
        }),
      )
      .default([]),
    nodes: z.array(GraphNode).default([]),
    relationships: z.array(GraphRelationship).default([]),
    unconnected: z.array(Unconnected).default([]),
  })
  .strict();
export type DataFile = z.infer<typeof DataFile>;
