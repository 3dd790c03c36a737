import { z } from 'zod';
import { NodeKind } from '../schema/node';

/** Enough of a node to name it in a list or at the other end of a relationship. */
export const NodeSummary = z.object({
  id: z.string(),
  kind: NodeKind,
  name: z.string(),
  nameZh: z.string().nullable(),
});
export type NodeSummary = z.infer<typeof NodeSummary>;
