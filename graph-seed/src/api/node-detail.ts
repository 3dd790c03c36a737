import { z } from 'zod';
import { DatePrecision } from '../schema/partial-date';
import { DocumentStatus } from '../vocabulary/document-status';
import { DocumentType } from '../vocabulary/document-type';
import { NodeKind } from '../vocabulary/node-kind';
import { RelationshipType } from '../vocabulary/relationship-type';
import { ClaimDetailFields } from './claim';
import { EvidenceItem } from './evidence-item';
import { NodeSummary } from './node-summary';

/** A node with every stored field. Document fields are null on other kinds. */
export const NodeFields = z.object({
  id: z.string(),
  kind: NodeKind,
  name: z.string(),
  nameZh: z.string().nullable(),
  nameZhByEditors: z
    .boolean()
    .describe('Whether the Chinese name is a standard term the editors supplied, not a source'),
  aliases: z.array(z.string()).describe('Other names the sources give'),
  aliasesByEditors: z.array(z.string()).describe('Other names the editors supplied'),
  description: z.string().nullable(),
  documentType: DocumentType.nullable(),
  date: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD'),
  datePrecision: DatePrecision.nullable(),
  status: DocumentStatus.nullable(),
  url: z.string().nullable(),
  version: z
    .string()
    .nullable()
    .describe('For an amended document: the version whose article numbers the sources cite'),
});
export type NodeFields = z.infer<typeof NodeFields>;

/** A relationship seen from one of its ends. */
export const NodeRelationship = z.object({
  id: z.string(),
  type: RelationshipType,
  direction: z.enum(['out', 'in']).describe('out: this node is the source of the arrow'),
  authority: z.boolean(),
  ...ClaimDetailFields,
  note: z.string().nullable(),
  document: z.string().nullable().describe('Id of the document that states the relationship'),
  other: NodeSummary,
  sources: z.array(EvidenceItem),
});
export type NodeRelationship = z.infer<typeof NodeRelationship>;

/** Which way a relationship runs, seen from a node: out when the node is its source. */
export const RelationshipDirection = z.enum(['out', 'in']);
export type RelationshipDirection = z.infer<typeof RelationshipDirection>;

/** How many relationships of one type and direction a node has, and how many are listed. */
export const RelationshipGroupCount = z.object({
  type: RelationshipType,
  direction: RelationshipDirection,
  total: z.number().int(),
  listed: z.number().int().describe('How many of them `relationships` lists (the first page)'),
});
export type RelationshipGroupCount = z.infer<typeof RelationshipGroupCount>;

/** The body of `GET /api/nodes/:id`. */
export const NodeDetail = z.object({
  node: NodeFields,
  sources: z.array(EvidenceItem),
  relationships: z
    .array(NodeRelationship)
    .describe('Of each type and direction, the first page; the rest come from /relationships'),
  relationshipGroups: z.array(RelationshipGroupCount),
});
export type NodeDetail = z.infer<typeof NodeDetail>;
