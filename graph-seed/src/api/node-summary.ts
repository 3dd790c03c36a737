import { z } from 'zod';
import { NodeKind } from '../vocabulary/node-kind';

/**
 * Enough of a node to name it in a list, on the canvas or at the other end of a
 * relationship. Every API shape names nodes this way: `name` and `nameZh`.
 */
export const NodeSummary = z.object({
  id: z.string(),
  kind: NodeKind,
  name: z.string().describe('Name in English'),
  nameZh: z.string().nullable().describe('Name in Chinese, or null where none is known'),
});
export type NodeSummary = z.infer<typeof NodeSummary>;
