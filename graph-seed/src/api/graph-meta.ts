import { z } from 'zod';
import { AuthorityDirection, RelationshipType } from '../schema/relationship-types';
import { NodeKind } from '../schema/node';

/** The body of `GET /api/meta`. */
export const GraphMeta = z.object({
  nodeKinds: z.array(z.object({ kind: NodeKind, count: z.number().int() })),
  relationshipTypes: z.array(
    z.object({
      type: RelationshipType,
      label: z.string(),
      labelZh: z.string(),
      authority: z.boolean(),
      direction: AuthorityDirection,
      count: z.number().int(),
    }),
  ),
  counts: z.object({
    nodes: z.number().int(),
    relationships: z.number().int(),
    sources: z.number().int(),
  }),
  partyCentre: z.string().describe('Id of the node where traced lines of authority end'),
  dataVersion: z.string().nullable().describe('Content hash of the loaded data'),
  loadedAt: z.string().nullable(),
});
export type GraphMeta = z.infer<typeof GraphMeta>;
