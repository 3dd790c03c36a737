import { z } from 'zod';
import { EvidenceList } from './evidence';
import { Id } from './id';
import { RelationshipType } from '../vocabulary/relationship-type';

/** A directed, sourced relationship between two nodes. */
export const GraphRelationship = z
  .object({
    id: Id,
    type: RelationshipType,
    source: Id.describe('Id of the node at the tail of the arrow'),
    target: Id.describe('Id of the node at the head of the arrow'),
    document: Id.optional().describe(
      'Id of the document node that establishes or states this relationship, if any',
    ),
    note: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe("A remark, e.g. that this is the paper's author's interpretation"),
    evidence: EvidenceList,
  })
  .strict();
export type GraphRelationship = z.infer<typeof GraphRelationship>;
