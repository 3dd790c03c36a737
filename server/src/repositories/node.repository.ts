import neo4j from 'neo4j-driver';
import { z } from 'zod';
import {
  DETAIL_RELATIONSHIPS_PER_GROUP,
  NodeFields,
  RelationshipDirection,
  RelationshipType,
  type NodeDetail,
  type NodeRelationship,
} from '@pag/graph-seed';
import { ALL_SOURCES, EVIDENCE_OF, TYPES_AND_DIRECTIONS } from './cypher-fragments';
import { EvidenceColumns, SourceList, toEvidenceItems, toSourceIndex } from './evidence-mapper';
import {
  NodeRelationshipRow,
  RELATIONSHIP_FROM,
  toNodeRelationship,
} from './node-relationship-row';
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

/**
 * A node with more relationships than this is busy: its details read the first page of each
 * group by that group's type (FIRST_PAGE_OF).
 */
export const BUSY_NODE = 200;

// Of each type and direction, the first $perGroup relationships — unless the node has more
// than $busy relationships in all, when none are read here. A type given as a parameter,
// $(g.type), makes Neo4j read every relationship of the node to find those of the type:
// cheap for most nodes, not for a committee with tens of thousands below it.
export const FIND_NODE = `
  MATCH (n:Node {id: $id})
  WITH n, [g IN ${GROUP_TOTALS('n')} WHERE g.total > 0] AS groups,
       COUNT { (n)--() } > $busy AS busy
  RETURN n {.id, .kind, .name, .nameZh, .nameZhByEditors, .aliases, .aliasesByEditors, .description,
            .documentType, .date, .datePrecision, .status, .url, .version} AS node,
         ${EVIDENCE_OF('n')} AS evidence,
         groups,
         busy,
         COLLECT {
           WITH n, groups, busy WHERE NOT busy
           UNWIND [g IN groups WHERE g.direction = 'out'] AS g
           CALL (n, g) {
             MATCH (n)-[r:$(g.type)]->(other:Node) RETURN r, other LIMIT $perGroup
           }
           RETURN ${RELATIONSHIP_FROM('n')} AS rel
           UNION ALL
           WITH n, groups, busy WHERE NOT busy
           UNWIND [g IN groups WHERE g.direction = 'in'] AS g
           CALL (n, g) {
             MATCH (n)<-[r:$(g.type)]-(other:Node) RETURN r, other LIMIT $perGroup
           }
           RETURN ${RELATIONSHIP_FROM('n')} AS rel
         } AS relationships,
         ${ALL_SOURCES}`;

/**
 * Of one type one way, the first $perGroup relationships of a busy node `n`, the type named so
 * that Neo4j reads no others: a branch of the query firstPagesQuery assembles.
 */
export const FIRST_PAGE_OF: Record<string, string> = Object.fromEntries(
  TYPES_AND_DIRECTIONS.map(({ type, direction, arrow }) => [
    `${type} ${direction}`,
    `CALL (n) { MATCH (n)${arrow}(other:Node) RETURN r, other LIMIT $perGroup }
           RETURN ${RELATIONSHIP_FROM('n')} AS rel`,
  ]),
);

/**
 * The first page of each group a busy node has, in one query: a branch a group (FIRST_PAGE_OF),
 * so that the query names only the types the node has. (All 46 branches in one query took
 * Neo4j one to two and a half seconds to plan; the few a node has take milliseconds, and
 * nodes of one shape share a plan.)
 */
export const firstPagesQuery = (groups: readonly GroupTotal[]) => `
  MATCH (n:Node {id: $id})
  RETURN COLLECT {
           ${groups
             .map(({ type, direction }) => {
               const branch = FIRST_PAGE_OF[`${type} ${direction}`];
               if (!branch) throw new Error(`No first-page query for ${type} ${direction}.`);
               return branch;
             })
             .join('\n           UNION ALL\n           ')}
         } AS relationships`;

const GroupTotal = z.object({
  type: RelationshipType,
  direction: RelationshipDirection,
  total: z.number().int(),
});

type GroupTotal = z.infer<typeof GroupTotal>;

const NodeRow = z.object({
  node: NodeFields,
  evidence: EvidenceColumns,
  groups: z.array(GroupTotal),
  busy: z.boolean(),
  relationships: z.array(NodeRelationshipRow),
  sourceList: SourceList,
});

const FirstPagesRow = z.object({ relationships: z.array(NodeRelationshipRow) });

const byTypeThenId = (a: NodeRelationship, b: NodeRelationship) =>
  a.type < b.type ? -1 : a.type > b.type ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A node with its evidence, how many relationships of each type and direction it has, and
 * the first page of each (with their evidence), or undefined. A busy node's first pages are
 * read by a second query that names each group's type, so that Neo4j reads only what is
 * listed.
 */
export const findNodeDetail = async (
  context: QueryContext,
  id: string,
): Promise<NodeDetail | undefined> => {
  const [row] = await readRows(context, FIND_NODE, NodeRow, {
    id,
    perGroup: neo4j.int(DETAIL_RELATIONSHIPS_PER_GROUP),
    busy: neo4j.int(BUSY_NODE),
  });
  if (!row) return undefined;
  const sources = toSourceIndex(row.sourceList);
  const rows = row.busy ? await firstPages(context, id, row.groups) : row.relationships;
  const listed = rows.map((relationship) => toNodeRelationship(relationship, sources));
  return {
    node: row.node,
    sources: toEvidenceItems(row.evidence, sources),
    relationships: listed.sort(byTypeThenId),
    relationshipGroups: row.groups.map((group) => ({
      ...group,
      listed: Math.min(group.total, DETAIL_RELATIONSHIPS_PER_GROUP),
    })),
  };
};

/** The first page of each group of a busy node, in one query (firstPagesQuery). */
const firstPages = async (
  context: QueryContext,
  id: string,
  groups: readonly GroupTotal[],
): Promise<z.infer<typeof NodeRelationshipRow>[]> => {
  if (groups.length === 0) return [];
  const [row] = await readRows(context, firstPagesQuery(groups), FirstPagesRow, {
    id,
    perGroup: neo4j.int(DETAIL_RELATIONSHIPS_PER_GROUP),
  });
  return row?.relationships ?? [];
};
