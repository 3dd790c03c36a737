import { z } from 'zod';
import { NodeKind, RelationshipDirection, RelationshipType } from '@pag/graph-seed';

/** A group as the overview and a node's groups read it: what hangs from `parent`, counted. */
export const GroupRow = z.object({
  parent: z.string(),
  type: RelationshipType,
  direction: RelationshipDirection,
  kind: NodeKind,
  count: z.number().int(),
});
