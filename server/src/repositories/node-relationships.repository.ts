import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type {
  NodeKind,
  RelationshipDirection,
  RelationshipPage,
  RelationshipType,
} from '@pag/graph-seed';
import { ALL_SOURCES, TYPES_AND_DIRECTIONS, type TypeAndDirection } from './cypher-fragments';
import { SourceList, toSourceIndex } from './evidence-mapper';
import {
  NodeRelationshipRow,
  RELATIONSHIP_FROM,
  toNodeRelationship,
} from './node-relationship-row';
import { readRows, type QueryContext } from './read-rows';

/**
 * One page of `n`'s relationships `r` of one type one way, to `other` of kind $kind if asked
 * and lying below `n` (ranked further from the Party centre) if $below, as a group counts its
 * members; with their total: from the degree store unless a kind or `below` is asked for.
 * Pages follow the order Neo4j reads a node's relationships of a type in (see
 * RelationshipPage): sorting tens of thousands of relationships for every page would cost
 * more than reading them.
 */
const PAGE_OF = ({ arrow, pattern }: TypeAndDirection) => {
  const wanted = '($kind IS NULL OR other.kind = $kind) AND (NOT $below OR other.rank > n.rank)';
  return `
  MATCH (n:Node {id: $id})
  RETURN CASE WHEN $kind IS NULL AND NOT $below THEN COUNT { (n)${pattern}() }
              ELSE COUNT { (n)${arrow}(other:Node) WHERE ${wanted} } END AS total,
         COLLECT {
           MATCH (n)${arrow}(other:Node) WHERE ${wanted}
           WITH r, other SKIP $offset LIMIT $limit
           RETURN ${RELATIONSHIP_FROM('n')} AS rel
         } AS relationships,
         ${ALL_SOURCES}`;
};

// A query a type and direction, each naming its type: with the type a parameter, Neo4j reads
// every relationship of the node to find those of the type.
export const FIND_RELATIONSHIP_PAGE = Object.fromEntries(
  TYPES_AND_DIRECTIONS.map((each) => [`${each.type} ${each.direction}`, PAGE_OF(each)]),
);

const pageQuery = (type: RelationshipType, direction: RelationshipDirection): string => {
  const query = FIND_RELATIONSHIP_PAGE[`${type} ${direction}`];
  if (!query) throw new Error(`No page query for ${type} ${direction}.`);
  return query;
};

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
  /** Only those lying below the node, as a group counts its members. */
  readonly below?: boolean | undefined;
  readonly offset: number;
  readonly limit: number;
}

/** A page of a node's relationships of one type and direction, with their total; or undefined. */
export const findRelationshipPage = async (
  context: QueryContext,
  { id, type, direction, kind, below = false, offset, limit }: RelationshipPageRequest,
): Promise<RelationshipPage | undefined> => {
  const [row] = await readRows(context, pageQuery(type, direction), PageRow, {
    id,
    kind: kind ?? null,
    below,
    offset: neo4j.int(offset),
    limit: neo4j.int(limit),
  });
  if (!row) return undefined;
  const sources = toSourceIndex(row.sourceList);
  return {
    node: id,
    type,
    direction,
    kind: kind ?? null,
    below,
    offset,
    total: row.total,
    relationships: row.relationships.map((relationship) =>
      toNodeRelationship(relationship, sources),
    ),
  };
};
