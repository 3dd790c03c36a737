import {
  PARTY_CENTRE_ID,
  NodeKind,
  RelationshipType,
  type DocumentType,
  isAuthority,
  relationshipTypes,
  type GraphMeta,
} from '@pag/graph-seed';
import { readRows, type QueryContext } from './neo4j-query';
import { GRAPH_META_ID } from './seed.repository';

const FIND_META = `
  RETURN COLLECT { MATCH (n:Node) WITH n.kind AS kind, count(*) AS c RETURN {kind: kind, count: c} } AS kinds,
         COLLECT { MATCH (:Node)-[r]->(:Node) WITH type(r) AS type, count(*) AS c RETURN {type: type, count: c} } AS types,
         COUNT { MATCH (s:Source) } AS sources,
         COLLECT {
           MATCH (d:Node {kind: 'document'})
           RETURN d {.id, .name, .nameZh, .documentType, .date} AS document
           ORDER BY d.date IS NULL, d.date, d.id
         } AS documents,
         COLLECT { MATCH (m:GraphMeta {id: $metaId}) RETURN m {.version, .loadedAt} } AS meta`;

/** What the graph holds: kinds, relationship types (and which are lines of authority), counts. */
export const findGraphMeta = async (context: QueryContext): Promise<GraphMeta> => {
  const [row] = await readRows(context, FIND_META, { metaId: GRAPH_META_ID });
  const kindCounts = new Map(
    ((row?.kinds ?? []) as { kind: string; count: number }[]).map((k) => [k.kind, k.count]),
  );
  const typeCounts = new Map(
    ((row?.types ?? []) as { type: string; count: number }[]).map((t) => [t.type, t.count]),
  );
  const [meta] = (row?.meta ?? []) as { version?: string; loadedAt?: string }[];
  const nodeKinds = NodeKind.options.map((kind) => ({ kind, count: kindCounts.get(kind) ?? 0 }));
  const types = RelationshipType.options.map((type) => ({
    type,
    label: relationshipTypes[type].label,
    labelZh: relationshipTypes[type].labelZh,
    authority: isAuthority(type),
    direction: relationshipTypes[type].authority,
    count: typeCounts.get(type) ?? 0,
  }));
  const documents = ((row?.documents ?? []) as Record<string, string | null>[]).map((d) => ({
    id: String(d.id),
    label: String(d.name),
    labelZh: d.nameZh ?? null,
    documentType: d.documentType as DocumentType,
    date: d.date ?? null,
  }));
  return {
    nodeKinds,
    documents,
    relationshipTypes: types,
    counts: {
      nodes: nodeKinds.reduce((sum, k) => sum + k.count, 0),
      relationships: types.reduce((sum, t) => sum + t.count, 0),
      sources: Number(row?.sources ?? 0),
    },
    partyCentre: PARTY_CENTRE_ID,
    dataVersion: meta?.version ?? null,
    loadedAt: meta?.loadedAt ?? null,
  };
};
