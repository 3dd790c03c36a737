import { z } from 'zod';
import { NodeKind } from '../schema/node';
import { RelationshipType } from '../schema/relationship-types';

/** A node as Cytoscape reads it: `{ data: {...} }`. */
export const NodeElement = z.object({
  data: z.object({
    id: z.string(),
    kind: NodeKind,
    label: z.string().describe('English name'),
    labelZh: z.string().nullable().describe('Chinese name, or null where none is known'),
  }),
});
export type NodeElement = z.infer<typeof NodeElement>;

/** A relationship as Cytoscape reads it. */
export const EdgeElement = z.object({
  data: z.object({
    id: z.string(),
    source: z.string(),
    target: z.string(),
    type: RelationshipType,
    authority: z.boolean().describe('Whether this relationship is a line of authority'),
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
