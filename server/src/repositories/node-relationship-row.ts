import { z } from 'zod';
import {
  Basis,
  Modality,
  NodeSummary,
  RelationshipType,
  isAuthority,
  type NodeRelationship,
} from '@pag/graph-seed';
import { EVIDENCE_OF, SUMMARY_OF } from './cypher-fragments';
import { EvidenceColumns, toEvidenceItems, type SourceIndex } from './evidence-mapper';

/** A relationship `r` seen from `n`, to the node `other`, read by NodeRelationshipRow. */
export const RELATIONSHIP_FROM = (
  n: string,
) => `{id: r.id, type: type(r), out: startNode(r) = ${n}, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: ${SUMMARY_OF('other')},
                   evidence: ${EVIDENCE_OF('r')}}`;

/** A relationship as RELATIONSHIP_FROM reads it. */
export const NodeRelationshipRow = z.object({
  id: z.string(),
  type: RelationshipType,
  out: z.boolean(),
  basis: Basis,
  modality: Modality,
  modalityNote: z.string().nullable(),
  note: z.string().nullable(),
  document: z.string().nullable(),
  other: NodeSummary,
  evidence: EvidenceColumns,
});
type NodeRelationshipRow = z.infer<typeof NodeRelationshipRow>;

/** A relationship row as the API shows it, its evidence cited from the sources. */
export const toNodeRelationship = (
  { out, evidence, ...relationship }: NodeRelationshipRow,
  sources: SourceIndex,
): NodeRelationship => ({
  ...relationship,
  direction: out ? 'out' : 'in',
  authority: isAuthority(relationship.type),
  sources: toEvidenceItems(evidence, sources),
});
