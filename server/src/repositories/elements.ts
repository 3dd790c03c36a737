import { z } from 'zod';
import {
  Basis,
  isAuthority,
  Modality,
  RelationshipType,
  type EdgeElement,
  type NodeElement,
  type NodeSummary,
} from '@pag/graph-seed';

/** A relationship as the repositories read it: its id, type, ends and strength. */
export const RelationshipEnds = z.object({
  id: z.string(),
  type: RelationshipType,
  source: z.string(),
  target: z.string(),
  basis: Basis,
  modality: Modality,
});
export type RelationshipEnds = z.infer<typeof RelationshipEnds>;

/** A node as a Cytoscape element. */
export const toNodeElement = (node: NodeSummary): NodeElement => ({ data: node });

/** A relationship as a Cytoscape element, marked when it is a line of authority. */
export const toEdgeElement = ({
  id,
  type,
  source,
  target,
  basis,
  modality,
}: RelationshipEnds): EdgeElement => ({
  data: { id, source, target, type, authority: isAuthority(type), basis, modality },
});
