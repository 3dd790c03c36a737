import { z } from 'zod';
import { NodeKind } from '../vocabulary/node-kind';
import { RelationshipType } from '../vocabulary/relationship-type';
import { NodeRelationship, RelationshipDirection } from './node-detail';

/**
 * The body of `GET /api/nodes/:id/relationships`: one page of a node's relationships of one
 * type and direction (and, if asked, with other ends of one kind), with their total. Pages
 * follow the order in which Neo4j reads a node's relationships, which is not sorted (sorting
 * tens of thousands for every page would cost more than reading them) and which Neo4j does not
 * promise to keep between reads, though it does while the store is unchanged.
 */
export const RelationshipPage = z.object({
  node: z.string(),
  type: RelationshipType,
  direction: RelationshipDirection,
  kind: NodeKind.nullable().describe('The kind of node at the other end, when asked for'),
  below: z
    .boolean()
    .describe(
      "Only those whose other end lies below the node (further from the Party centre), as a group's count counts them",
    ),
  offset: z.number().int(),
  total: z.number().int(),
  relationships: z.array(NodeRelationship),
});
export type RelationshipPage = z.infer<typeof RelationshipPage>;
