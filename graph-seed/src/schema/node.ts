import { z } from 'zod';
import { DocumentStatus } from '../vocabulary/document-status';
import { DocumentType } from '../vocabulary/document-type';
import { NodeKind } from '../vocabulary/node-kind';
import { EvidenceList } from './evidence';
import { Id } from './id';
import { PartialDate } from './partial-date';
import { WebUrl } from './web-url';
import { Text } from './text';

const nodeBase = {
  id: Id,
  name: Text().describe('Name in English'),
  nameZh: Text().optional().describe('Name in Chinese, where known'),
  nameZhByEditors: z
    .boolean()
    .default(false)
    .describe('The Chinese name is the standard term, supplied by the editors: no source gives it'),
  aliases: z.array(Text()).default([]).describe('Other names the sources use, in either language'),
  aliasesByEditors: z
    .array(Text())
    .default([])
    .describe('Other names no source gives: standard terms supplied by the editors'),
  description: Text().optional().describe('One-line description'),
  evidence: EvidenceList,
};

/** A document that establishes, describes or changes lines of authority. */
export const DocumentNode = z
  .object({
    ...nodeBase,
    kind: z.literal('document'),
    documentType: DocumentType,
    date: PartialDate.optional().describe('When the document was issued or passed'),
    status: DocumentStatus.optional().describe(
      'Trial or interim status, where the title gives one',
    ),
    version: Text()
      .optional()
      .describe(
        'For a document amended over time: the version whose article numbers the sources cite, as the editors identify it',
      ),
    url: WebUrl.optional().describe('Original URL of the document or its announcement'),
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
