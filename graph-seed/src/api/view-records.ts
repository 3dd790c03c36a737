import { z } from 'zod';
import { Evidence } from '../schema/evidence';
import { SourceType } from '../schema/source';
import { Basis } from '../vocabulary/basis';
import { Modality } from '../vocabulary/modality';
import { NodeKind } from '../vocabulary/node-kind';
import { RelationshipType } from '../vocabulary/relationship-type';
import { VIEW_RECORDS_MAX } from './limits';

/** The body of `POST /api/view-records`: the elements of a view, by id. */
export const ViewRecordsRequest = z.object({
  nodes: z.array(z.string().min(1).max(200)).max(VIEW_RECORDS_MAX).describe('Node ids'),
  edges: z.array(z.string().min(1).max(200)).max(VIEW_RECORDS_MAX).describe('Relationship ids'),
});
export type ViewRecordsRequest = z.infer<typeof ViewRecordsRequest>;

/** A node with everything a file of the graph holds of it: names, kind, dates and evidence. */
export const NodeRecord = z.object({
  id: z.string(),
  kind: NodeKind,
  name: z.string(),
  nameZh: z.string().nullish(),
  description: z.string().nullish(),
  documentType: z.string().nullish(),
  date: z.string().nullish(),
  url: z.string().nullish(),
  evidence: z.array(Evidence),
});
export type NodeRecord = z.infer<typeof NodeRecord>;

/** A relationship with its ends, how strongly it is sourced, its caveats and evidence. */
export const RelationshipRecord = z.object({
  id: z.string(),
  type: RelationshipType,
  source: z.string(),
  target: z.string(),
  basis: Basis,
  modality: Modality,
  note: z.string().nullish(),
  modalityNote: z.string().nullish(),
  document: z.string().nullish(),
  evidence: z.array(Evidence),
});
export type RelationshipRecord = z.infer<typeof RelationshipRecord>;

/** A source as a reference manager needs it. */
export const SourceReference = z.object({
  id: z.string(),
  type: SourceType,
  title: z.string(),
  titleZh: z.string().nullish(),
  author: z.string().nullish(),
  publisher: z.string().nullish(),
  date: z.string().nullish(),
  url: z.string().nullish(),
  citedIn: z.string().nullish(),
});
export type SourceReference = z.infer<typeof SourceReference>;

/**
 * The body of `POST /api/view-records`: the view's nodes and relationships with their
 * evidence, and every source the evidence cites (and the sources those are cited in).
 */
export const ViewRecords = z.object({
  nodes: z.array(NodeRecord),
  relationships: z.array(RelationshipRecord),
  sources: z.array(SourceReference),
});
export type ViewRecords = z.infer<typeof ViewRecords>;
