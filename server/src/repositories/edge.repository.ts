import {
  isAuthority,
  relationshipTypes,
  type EdgeDetail,
  type RelationshipType,
} from '@pag/graph-seed';
import {
  ALL_SOURCES,
  EVIDENCE_OF,
  SUMMARY_OF,
  optionalString,
  toEvidenceItems,
  toNodeSummary,
  toSourceIndex,
} from './evidence-mapper';
import { readRows, type QueryContext } from './neo4j-query';

const FIND_EDGE = `
  MATCH (a:Node)-[r {id: $id}]->(b:Node)
  RETURN r.id AS id, type(r) AS type, r.note AS note, r.document AS document,
         ${SUMMARY_OF('a')} AS source, ${SUMMARY_OF('b')} AS target,
         ${EVIDENCE_OF('r')} AS evidence,
         ${ALL_SOURCES}
  LIMIT 1`;

/** A relationship with its two ends and its evidence, or undefined. */
export const findEdgeDetail = async (
  context: QueryContext,
  id: string,
): Promise<EdgeDetail | undefined> => {
  const [row] = await readRows(context, FIND_EDGE, { id });
  if (!row) return undefined;
  const type = row.type as RelationshipType;
  return {
    edge: {
      id: String(row.id),
      type,
      label: relationshipTypes[type].label,
      labelZh: relationshipTypes[type].labelZh,
      authority: isAuthority(type),
      note: optionalString(row.note),
      document: optionalString(row.document),
    },
    source: toNodeSummary(row.source ?? null),
    target: toNodeSummary(row.target ?? null),
    sources: toEvidenceItems(row.evidence ?? null, toSourceIndex(row.sourceList ?? null)),
  };
};
