import { z } from 'zod';
import { RelationshipType } from '../vocabulary/relationship-type';
import { ClaimDetailFields } from './claim';
import { EvidenceItem } from './evidence-item';
import { NodeSummary } from './node-summary';

/** The body of `GET /api/edges/:id`. */
export const EdgeDetail = z.object({
  edge: z.object({
    id: z.string(),
    type: RelationshipType,
    label: z.string().describe('How the relationship reads along its arrow'),
    labelZh: z.string(),
    authority: z.boolean(),
    ...ClaimDetailFields,
    note: z.string().nullable(),
    document: z.string().nullable(),
  }),
  source: NodeSummary,
  target: NodeSummary,
  sources: z.array(EvidenceItem),
});
export type EdgeDetail = z.infer<typeof EdgeDetail>;
