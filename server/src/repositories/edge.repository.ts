import { z } from 'zod';
import {
  Basis,
  Modality,
  NodeSummary,
  RelationshipType,
  isAuthority,
  relationshipTypes,
  type EdgeDetail,
} from '@pag/graph-seed';
import { ALL_SOURCES, EVIDENCE_OF, RELATIONSHIP_WITH_ID, SUMMARY_OF } from './cypher-fragments';
import { EvidenceColumns, SourceList, toEvidenceItems, toSourceIndex } from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

export const FIND_EDGE = `
  ${RELATIONSHIP_WITH_ID('', '$id')}
  RETURN r.id AS id, type(r) AS type, r.note AS note, r.document AS document,
         r.basis AS basis, r.modality AS modality, r.modalityNote AS modalityNote,
         ${SUMMARY_OF('a')} AS source, ${SUMMARY_OF('b')} AS target,
         ${EVIDENCE_OF('r')} AS evidence,
         ${ALL_SOURCES}
  LIMIT 1`;

const EdgeRow = z.object({
  id: z.string(),
  type: RelationshipType,
  note: z.string().nullable(),
  document: z.string().nullable(),
  basis: Basis,
  modality: Modality,
  modalityNote: z.string().nullable(),
  source: NodeSummary,
  target: NodeSummary,
  evidence: EvidenceColumns,
  sourceList: SourceList,
});

/** A relationship with its two ends and its evidence, or undefined. */
export const findEdgeDetail = async (
  context: QueryContext,
  id: string,
): Promise<EdgeDetail | undefined> => {
  const [row] = await readRows(context, FIND_EDGE, EdgeRow, { id });
  if (!row) return undefined;
  const { type, source, target } = row;
  return {
    edge: {
      id: row.id,
      type,
      label: relationshipTypes[type].label,
      labelZh: relationshipTypes[type].labelZh,
      authority: isAuthority(type),
      basis: row.basis,
      modality: row.modality,
      modalityNote: row.modalityNote,
      note: row.note,
      document: row.document,
    },
    source,
    target,
    sources: toEvidenceItems(row.evidence, toSourceIndex(row.sourceList)),
  };
};
