import { z } from 'zod';
import {
  Basis,
  Modality,
  NodeFields,
  NodeSummary,
  RelationshipType,
  isAuthority,
  type NodeDetail,
} from '@pag/graph-seed';
import { ALL_SOURCES, EVIDENCE_OF, SUMMARY_OF } from './cypher-fragments';
import { EvidenceColumns, SourceList, toEvidenceItems, toSourceIndex } from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

export const FIND_NODE = `
  MATCH (n:Node {id: $id})
  RETURN n {.id, .kind, .name, .nameZh, .nameZhByEditors, .aliases, .aliasesByEditors, .description,
            .documentType, .date, .datePrecision, .status, .url, .version} AS node,
         ${EVIDENCE_OF('n')} AS evidence,
         COLLECT {
           MATCH (n)-[r]-(other:Node)
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: ${SUMMARY_OF('other')},
                   evidence: ${EVIDENCE_OF('r')}} AS rel
           ORDER BY rel.type, rel.id
         } AS relationships,
         ${ALL_SOURCES}`;

const NodeRow = z.object({
  node: NodeFields,
  evidence: EvidenceColumns,
  relationships: z.array(
    z.object({
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
    }),
  ),
  sourceList: SourceList,
});

/** A node with its evidence and every relationship (with theirs), or undefined. */
export const findNodeDetail = async (
  context: QueryContext,
  id: string,
): Promise<NodeDetail | undefined> => {
  const [row] = await readRows(context, FIND_NODE, NodeRow, { id });
  if (!row) return undefined;
  const sources = toSourceIndex(row.sourceList);
  return {
    node: row.node,
    sources: toEvidenceItems(row.evidence, sources),
    relationships: row.relationships.map(({ out, evidence, ...relationship }) => ({
      ...relationship,
      direction: out ? 'out' : 'in',
      authority: isAuthority(relationship.type),
      sources: toEvidenceItems(evidence, sources),
    })),
  };
};
