import { z } from 'zod';
import { EvidenceList } from './evidence';
import { Id } from './id';
import { PartialDate } from './partial-date';

/** The kinds of node the graph holds. Each is styled and filtered as a unit in the explorer. */
export const NodeKind = z.enum([
  'party-organ',
  'state-organ',
  'document',
  'governed-entity',
  'person',
  'meeting',
]);
export type NodeKind = z.infer<typeof NodeKind>;

const nodeBase = {
  id: Id,
  name: z.string().trim().min(1).describe('Name in English'),
  nameZh: z.string().trim().min(1).optional().describe('Name in Chinese, where known'),
  aliases: z
    .array(z.string().trim().min(1))
    .default([])
    .describe('Other names the sources use, in either language'),
  description: z.string().trim().min(1).optional().describe('One-line description'),
  evidence: EvidenceList,
};

export const DocumentType = z.enum([
  'regulation',
  'opinion',
  'programme',
  'provisions',
  'guidance',
  'decision',
  'plan',
  'constitution',
]);
export type DocumentType = z.infer<typeof DocumentType>;

/** A document that establishes, describes or changes lines of authority. */
export const DocumentNode = z
  .object({
    ...nodeBase,
    kind: z.literal('document'),
    documentType: DocumentType,
    date: PartialDate.optional().describe('When the document was issued or passed'),
    status: z.enum(['trial', 'interim', 'final']).optional().describe('Trial/interim status'),
    url: z.url().optional().describe('Original URL of the document or its announcement'),
  })
  .strict();

/** Any node other than a document. */
export const EntityNode = z
  .object({
    ...nodeBase,
    kind: NodeKind.exclude(['document']),
  })
  .strict();

export const GraphNode = z.discriminatedUnion('kind', [DocumentNode, EntityNode]);
export type GraphNode = z.infer<typeof GraphNode>;
export type GraphNodeInput = z.input<typeof GraphNode>;
