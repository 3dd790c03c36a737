import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type {
  NodeKind,
  RelationshipDirection,
  RelationshipPage,
  RelationshipType,
} from '@pag/graph-seed';
import { ALL_SOURCES } from './cypher-fragments';
import { SourceList, toSourceIndex } from './evidence-mapper';
import { NodeRelationshipRow, RELATIONSHIP_FROM, toNodeRelationship } from './node.repository';
import { readRows, type QueryContext } from './read-rows';

/** One page of a node's relationships of one type going one way: `arrow` binds `r`. */
const PAGE_OF = (arrow: string) => `
  MATCH (n:Node {id: $id})
  RETURN COUNT { (n)${arrow}(other:Node) WHERE $kind IS NULL OR other.kind = $kind } AS total,
         COLLECT {
           MATCH (n)${arrow}(other:Node) WHERE $kind IS NULL OR other.kind = $kind
           WITH r, other SKIP $offset LIMIT $limit
           RETURN ${RELATIONSHIP_FROM('n')} AS rel
         } AS relationships,
         ${ALL_SOURCES}`;

// Pages follow the order Neo4j reads a node's relationships in (see RelationshipPage): sorting
// tens of thousands of relationships for every page would cost more than reading them.
export const FIND_OUTGOING_PAGE = PAGE_OF('-[r:$($type)]->');
export const FIND_INCOMING_PAGE = PAGE_OF('<-[r:$($type)]-');

const PageRow = z.object({
  total: z.number().int(),
  relationships: z.array(NodeRelationshipRow),
  sourceList: SourceList,
});

export interface RelationshipPageRequest {
  readonly id: string;
  readonly type: RelationshipType;
  readonly direction: RelationshipDirection;
  readonly kind?: NodeKind | undefined;
  readonly offset: number;
  readonly limit: number;
}

/** A page of a node's relationships of one type and direction, with their total; or undefined. */
export const findRelationshipPage = async (
  context: QueryContext,
  { id, type, direction, kind, offset, limit }: RelationshipPageRequest,
): Promise<RelationshipPage | undefined> => {
  const [row] = await readRows(
    context,
    direction === 'out' ? FIND_OUTGOING_PAGE : FIND_INCOMING_PAGE,
    PageRow,
    { id, type, kind: kind ?? null, offset: neo4j.int(offset), limit: neo4j.int(limit) },
  );
  if (!row) return undefined;
  const sources = toSourceIndex(row.sourceList);
  return {
    node: id,
    type,
    direction,
    kind: kind ?? null,
    offset,
    total: row.total,
    relationships: row.relationships.map((relationship) =>
      toNodeRelationship(relationship, sources),
    ),
  };
};
