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

/**
 * How a view too large to show whole was cut: by rank, the hops of authority from the Party
 * centre. Whole ranks are kept, nearest first, as many as fit; what is further away, and what
 * no line of authority reaches from the centre, is left out.
 */
export const GraphCut = z.object({
  rule: z.literal('rank'),
  maxRank: z
    .number()
    .int()
    .describe('Nodes up to this many hops of authority from the Party centre are shown'),
  shownNodes: z.number().int(),
  totalNodes: z.number().int().describe('Nodes of the kinds asked for in the whole graph'),
});
export type GraphCut = z.infer<typeof GraphCut>;

/** The body of `GET /api/graph`. */
export const GraphElements = z.object({
  nodes: z.array(NodeElement),
  edges: z.array(EdgeElement),
  truncated: z.boolean().describe('True when the element cap cut the view short'),
  cut: GraphCut.nullish().describe(
    'How the view was cut by rank, when the graph is too large to show whole (absent or null: not cut)',
  ),
});
export type GraphElements = z.infer<typeof GraphElements>;
