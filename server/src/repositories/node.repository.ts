import { isAuthority, type NodeDetail, type RelationshipType } from '@pag/graph-seed';
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
import type { Plain } from './record-mapper';

const FIND_NODE = `
  MATCH (n:Node {id: $id})
  RETURN n {.id, .kind, .name, .nameZh, .aliases, .description, .documentType, .date, .datePrecision, .status, .url} AS node,
         ${EVIDENCE_OF('n')} AS evidence,
         COLLECT {
           MATCH (n)-[r]-(other:Node)
           RETURN {id: r.id, type: type(r), out: startNode(r) = n, note: r.note,
                   document: r.document, other: ${SUMMARY_OF('other')},
                   evidence: ${EVIDENCE_OF('r')}} AS rel
           ORDER BY rel.type, rel.id
         } AS relationships,
         ${ALL_SOURCES}`;

/** A node with its evidence and every relationship (with theirs), or undefined. */
export const findNodeDetail = async (
  context: QueryContext,
  id: string,
): Promise<NodeDetail | undefined> => {
  const [row] = await readRows(context, FIND_NODE, { id });
  if (!row) return undefined;
  const sources = toSourceIndex(row.sourceList ?? null);
  const node = row.node as Record<string, Plain>;
  return {
    node: {
      id: String(node.id),
      kind: node.kind as NodeDetail['node']['kind'],
      name: String(node.name),
      nameZh: optionalString(node.nameZh),
      aliases: Array.isArray(node.aliases) ? node.aliases.map(String) : [],
      description: optionalString(node.description),
      documentType: optionalString(node.documentType),
      date: optionalString(node.date),
      datePrecision: optionalString(node.datePrecision) as NodeDetail['node']['datePrecision'],
      status: optionalString(node.status),
      url: optionalString(node.url),
    },
    sources: toEvidenceItems(row.evidence ?? null, sources),
    relationships: (Array.isArray(row.relationships) ? row.relationships : []).map((value) => {
      const rel = value as Record<string, Plain>;
      const type = rel.type as RelationshipType;
      return {
        id: String(rel.id),
        type,
        direction: rel.out ? ('out' as const) : ('in' as const),
        authority: isAuthority(type),
        note: optionalString(rel.note),
        document: optionalString(rel.document),
        other: toNodeSummary(rel.other ?? null),
        sources: toEvidenceItems(rel.evidence ?? null, sources),
      };
    }),
  };
};
