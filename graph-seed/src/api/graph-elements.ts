import { z } from 'zod';
import { RelationshipType } from '../vocabulary/relationship-type';
import { ClaimFields } from './claim';
import { NodeSummary } from './node-summary';

/** A node as Cytoscape reads it: `{ data: {...} }`, the data being the node's summary. */
export const NodeElement = z.object({ data: NodeSummary });
export type NodeElement = z.infer<typeof NodeElement>;

/** A relationship as Cytoscape reads it. */
export const EdgeElement = z.object({
  data: z.object({
    id: z.string(),
    source: z.string().describe('Id of the node at the tail of the arrow'),
    target: z.string().describe('Id of the node at the head of the arrow'),
    type: RelationshipType,
    authority: z.boolean().describe('Whether this relationship is a line of authority'),
    ...ClaimFields,
  }),
});
export type EdgeElement = z.infer<typeof EdgeElement>;

/** The body of `GET /api/graph`. */
export const GraphElements = z.object({
  nodes: z.array(NodeElement),
  edges: z.array(EdgeElement),
  truncated: z.boolean().describe('True when the element cap cut the view short'),
});
export type GraphElements = z.infer<typeof GraphElements>;
