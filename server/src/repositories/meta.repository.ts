import { z } from 'zod';
import {
  DocumentType,
  NodeKind,
  PARTY_CENTRE_ID,
  RelationshipType,
  SourceRecord,
  isAuthority,
  nodeKinds,
  relationshipTypes,
  type GraphMeta,
} from '@pag/graph-seed';
import { COUNTS_BY_KIND } from './cypher-fragments';
import { readRows, type QueryContext } from './read-rows';
import { GRAPH_META_ID } from './seed.repository';

// Counted by label and by type, which Neo4j reads from its count store without a scan: every
// node has its kind's label, and every relationship joins two nodes. The labels and types
// are the vocabulary's own, not input.
const TYPE_COUNTS = RelationshipType.options
  .map((type) => `{type: '${type}', count: COUNT { MATCH ()-[:${type}]->() }}`)
  .join(',\n           ');

export const FIND_META = `
  RETURN ${COUNTS_BY_KIND} AS kinds,
         [${TYPE_COUNTS}] AS types,
         COUNT { MATCH (s:Source) WHERE NOT s:Synthetic } AS sources,
         COUNT { MATCH (n:Node:Synthetic) } AS synthetic,
         COUNT { MATCH (s:Source) WHERE s.citedIn IS NOT NULL } AS citedThrough,
         COLLECT {
           MATCH (d:Node {kind: 'document'})
           RETURN d {.id, .name, .nameZh, .documentType, .date} AS document
           ORDER BY d.date IS NULL, d.date, d.id
         } AS documents,
         COLLECT {
           MATCH (s:Source) WHERE s.text IS NOT NULL
           RETURN s {.id, .type, .title, .titleZh, .author, .publisher, .date, .url, .citedIn} AS source
           ORDER BY source.id
         } AS basedOn,
         COLLECT { MATCH (m:GraphMeta {id: $metaId}) RETURN m {.version, .loadedAt, .synthetic} } AS meta`;

const count = z.number().int().nonnegative();
const MetaRow = z.object({
  kinds: z.array(z.object({ kind: NodeKind, count })),
  types: z.array(z.object({ type: RelationshipType, count })),
  sources: count,
  synthetic: count,
  citedThrough: count,
  documents: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      nameZh: z.string().nullable(),
      documentType: DocumentType,
      date: z.string().nullable(),
    }),
  ),
  basedOn: z.array(SourceRecord),
  meta: z.array(
    z.object({
      version: z.string().nullable(),
      loadedAt: z.string().nullable(),
      synthetic: z.string().nullable().optional(),
    }),
  ),
});

/** What the graph holds: kinds, relationship types (and which are lines of authority), counts. */
export const findGraphMeta = async (context: QueryContext): Promise<GraphMeta> => {
  const [row] = await readRows(context, FIND_META, MetaRow, { metaId: GRAPH_META_ID });
  const kindCounts = new Map(row?.kinds.map((k) => [k.kind, k.count]));
  const typeCounts = new Map(row?.types.map((t) => [t.type, t.count]));
  const [meta] = row?.meta ?? [];
  const kinds = NodeKind.options.map((kind) => ({
    kind,
    ...nodeKinds[kind],
    count: kindCounts.get(kind) ?? 0,
  }));
  const types = RelationshipType.options.map((type) => ({
    type,
    label: relationshipTypes[type].label,
    labelZh: relationshipTypes[type].labelZh,
    authority: isAuthority(type),
    direction: relationshipTypes[type].authority,
    count: typeCounts.get(type) ?? 0,
  }));
  return {
    nodeKinds: kinds,
    documents: row?.documents ?? [],
    relationshipTypes: types,
    counts: {
      nodes: kinds.reduce((sum, k) => sum + k.count, 0),
      relationships: types.reduce((sum, t) => sum + t.count, 0),
      sources: row?.sources ?? 0,
      citedThrough: row?.citedThrough ?? 0,
    },
    partyCentre: PARTY_CENTRE_ID,
    basedOn: row?.basedOn ?? [],
    dataVersion: meta?.version ?? null,
    syntheticNodes: row?.synthetic ?? 0,
    // markSyntheticGraph says `loading: …` until the last batch is written and ranked.
    syntheticLoading: meta?.synthetic?.startsWith('loading:') ?? false,
    loadedAt: meta?.loadedAt ?? null,
  };
};
