import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  Basis,
  DETAIL_RELATIONSHIPS_PER_GROUP,
  Modality,
  NodeFields,
  NodeSummary,
  RelationshipDirection,
  RelationshipType,
  isAuthority,
  type NodeDetail,
  type NodeRelationship,
} from '@pag/graph-seed';
import { ALL_SOURCES, EACH_TYPE_AND_DIRECTION, EVIDENCE_OF, SUMMARY_OF } from './cypher-fragments';
import {
  EvidenceColumns,
  SourceList,
  toEvidenceItems,
  toSourceIndex,
  type SourceIndex,
} from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

/**
 * `[{type, direction, total}]`: how many relationships of each type and direction `n` has,
 * counted from Neo4j's degree store (no relationship is read).
 */
const GROUP_TOTALS = (n: string) =>
  `[${RelationshipType.options
    .flatMap((type) => [
      `{type: '${type}', direction: 'out', total: COUNT { (${n})-[:${type}]->() }}`,
      `{type: '${type}', direction: 'in', total: COUNT { (${n})<-[:${type}]-() }}`,
    ])
    .join(',\n     ')}]`;

/** A relationship `r` seen from `n`, to the node `other`, read by NodeRelationshipRow. */
export const RELATIONSHIP_FROM = (
  n: string,
) => `{id: r.id, type: type(r), out: startNode(r) = ${n}, note: r.note,
                   basis: r.basis, modality: r.modality, modalityNote: r.modalityNote,
                   document: r.document, other: ${SUMMARY_OF('other')},
                   evidence: ${EVIDENCE_OF('r')}}`;

// Of each type and direction, the first $perGroup relationships: a committee with tens of
// thousands of organizations below it lists a page of them, and the rest are counted.
export const FIND_NODE = `
  MATCH (n:Node {id: $id})
  RETURN n {.id, .kind, .name, .nameZh, .nameZhByEditors, .aliases, .aliasesByEditors, .description,
            .documentType, .date, .datePrecision, .status, .url, .version} AS node,
         ${EVIDENCE_OF('n')} AS evidence,
         [g IN ${GROUP_TOTALS('n')} WHERE g.total > 0] AS groups,
         COLLECT {
           CALL (n) {
    ${EACH_TYPE_AND_DIRECTION(({ arrow }) => `MATCH (n)${arrow}(other:Node) RETURN r, other LIMIT $perGroup`)}
           }
           RETURN ${RELATIONSHIP_FROM('n')} AS rel
         } AS relationships,
         ${ALL_SOURCES}`;

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

const GroupTotal = z.object({
  type: RelationshipType,
  direction: RelationshipDirection,
  total: z.number().int(),
});

const NodeRow = z.object({
  node: NodeFields,
  evidence: EvidenceColumns,
  groups: z.array(GroupTotal),
  relationships: z.array(NodeRelationshipRow),
  sourceList: SourceList,
});

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

const byTypeThenId = (a: NodeRelationship, b: NodeRelationship) =>
  a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A node with its evidence, how many relationships of each type and direction it has, and
 * the first page of each (with their evidence), or undefined.
 */
export const findNodeDetail = async (
  context: QueryContext,
  id: string,
): Promise<NodeDetail | undefined> => {
  const [row] = await readRows(context, FIND_NODE, NodeRow, {
    id,
    perGroup: neo4j.int(DETAIL_RELATIONSHIPS_PER_GROUP),
  });
  if (!row) return undefined;
  const sources = toSourceIndex(row.sourceList);
  const relationships = row.relationships
    .map((relationship) => toNodeRelationship(relationship, sources))
    .sort(byTypeThenId);
  return {
    node: row.node,
    sources: toEvidenceItems(row.evidence, sources),
    relationships,
    relationshipGroups: row.groups.map((group) => ({
      ...group,
      listed: Math.min(group.total, DETAIL_RELATIONSHIPS_PER_GROUP),
    })),
  };
};
