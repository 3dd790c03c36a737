import { z } from 'zod';
import { DocumentType } from '../vocabulary/document-type';
import { NodeKind } from '../vocabulary/node-kind';
import { AuthorityDirection, RelationshipType } from '../vocabulary/relationship-type';
import { SourceRecord } from './source-record';

/** The body of `GET /api/meta`. */
export const GraphMeta = z.object({
  nodeKinds: z.array(
    z.object({ kind: NodeKind, label: z.string(), labelZh: z.string(), count: z.number().int() }),
  ),
  relationshipTypes: z.array(
    z.object({
      type: RelationshipType,
      label: z.string().describe('How the type reads along the arrow'),
      labelZh: z.string(),
      authority: z.boolean(),
      direction: AuthorityDirection,
      count: z.number().int(),
    }),
  ),
  documents: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        nameZh: z.string().nullable(),
        documentType: DocumentType,
        date: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD; null when undated'),
      }),
    )
    .describe('Every document, oldest first (undated last), for document filters and timelines'),
  counts: z.object({
    nodes: z.number().int(),
    relationships: z.number().int(),
    sources: z.number().int(),
    citedThrough: z
      .number()
      .int()
      .describe('Sources known only through another, whose stored text holds their quotes'),
  }),
  partyCentre: z.string().describe('Id of the node where traced lines of authority end'),
  basedOn: z
    .array(SourceRecord)
    .describe(
      'The sources with a stored text, against which every quote is checked: what the graph is read from. The other sources are known through them.',
    ),
  dataVersion: z.string().nullable().describe('Content hash of the loaded data'),
  syntheticNodes: z
    .number()
    .int()
    .describe(
      'Nodes of the synthetic scale-test graph loaded beside the curated one (pnpm graph synth), which state nothing about real organizations; 0 when none is',
    ),
  syntheticLoading: z
    .boolean()
    .describe(
      'True while a synthetic graph is being written: it is written in batches, and readers see it incomplete until it is done',
    ),
  loadedAt: z.string().nullable(),
});
export type GraphMeta = z.infer<typeof GraphMeta>;
