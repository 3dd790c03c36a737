import { z } from 'zod';
import { EvidenceList } from './evidence';
import { Id } from './id';
import { Basis } from '../vocabulary/basis';
import { Modality } from '../vocabulary/modality';
import { RelationshipType } from '../vocabulary/relationship-type';
import { Text } from './text';

/**
 * A directed, sourced relationship between two nodes: a claim, with how strongly its
 * evidence supports it — what kind of statement (basis) and how it is worded (modality).
 */
export const GraphRelationship = z
  .object({
    id: Id,
    type: RelationshipType,
    source: Id.describe('Id of the node at the tail of the arrow'),
    target: Id.describe('Id of the node at the head of the arrow'),
    document: Id.optional().describe(
      'Id of the document node that establishes or states this relationship, if any',
    ),
    basis: Basis.describe('What kind of statement supports the claim'),
    modality: Modality.describe('How strongly the supporting statement is worded'),
    modalityNote: Text()
      .optional()
      .describe(
        "Why the recorded modality differs from the quotes' wording, where it does (the 'must' binds something else)",
      ),
    note: Text()
      .optional()
      .describe("A remark, e.g. that this is the paper's author's interpretation"),
    evidence: EvidenceList,
  })
  .strict();
export type GraphRelationship = z.infer<typeof GraphRelationship>;
