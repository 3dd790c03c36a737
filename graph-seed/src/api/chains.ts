import { z } from 'zod';
import { RelationshipType } from '../vocabulary/relationship-type';
import { Basis } from '../vocabulary/basis';
import { ClaimFields } from './claim';
import { EvidenceItem } from './evidence-item';
import { EdgeElement, NodeElement } from './graph-elements';

/**
 * One hop of a chain, in the direction of travel, with its evidence. A hop may travel
 * against its relationship's arrow: it then reads `source type target`, not `from type to`
 * ("the separation programme governs chambers of commerce", reached from the chambers).
 */
export const Hop = z.object({
  edgeId: z.string(),
  from: z.string().describe('Node the hop leaves'),
  to: z.string().describe('Node the hop reaches'),
  type: RelationshipType,
  source: z.string().describe("Tail of the relationship's arrow: the hop reads source type target"),
  target: z.string().describe("Head of the relationship's arrow"),
  forward: z
    .boolean()
    .describe("Whether the hop travels along the relationship's arrow (from is its source)"),
  authority: z.boolean(),
  ...ClaimFields,
  note: z.string().nullable().describe('A caveat the editors recorded on the relationship'),
  modalityNote: z
    .string()
    .nullable()
    .describe("Why the recorded modality differs from the quotes' wording, where it does"),
  sources: z.array(EvidenceItem),
});
export type Hop = z.infer<typeof Hop>;

export const Chain = z.object({ hops: z.array(Hop) });
export type Chain = z.infer<typeof Chain>;

/** Chains with the elements they pass through, ready to highlight. */
export const ChainsResponse = z.object({
  chains: z.array(Chain),
  nodes: z.array(NodeElement),
  edges: z.array(EdgeElement),
  truncated: z.boolean().describe('True when more chains exist than were returned'),
  filter: z
    .object({
      basis: z.array(Basis).describe('The kinds of statement every hop had to rest on'),
      removed: z
        .number()
        .int()
        .describe(
          'How many chains the filter left out, of those found without it, counted up to the limit',
        ),
    })
    .nullable()
    .describe('The basis filter asked for, and what it left out; null without one'),
});
export type ChainsResponse = z.infer<typeof ChainsResponse>;
