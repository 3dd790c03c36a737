import { z } from 'zod';
import { GraphNode } from './node';
import { GraphRelationship } from './relationship';
import { Source } from './source';

/**
 * One authoring file: usually one document with the sources, nodes and relationships it
 * supports. Adding the next regulation is adding one such file.
 */
export const DataFile = z
  .object({
    sources: z.array(Source).default([]),
    nodes: z.array(GraphNode).default([]),
    relationships: z.array(GraphRelationship).default([]),
  })
  .strict();
export type DataFile = z.infer<typeof DataFile>;
