import {
  isAuthority,
  type EdgeElement,
  type NodeElement,
  type NodeSummary,
  type RelationshipType,
} from '@pag/graph-seed';

/** A relationship as the repositories read it: its id, type and ends. */
export interface RelationshipEnds {
  readonly id: string;
  readonly type: RelationshipType;
  readonly source: string;
  readonly target: string;
}

/** A node as a Cytoscape element. */
export const toNodeElement = (node: NodeSummary): NodeElement => ({ data: node });

/** A relationship as a Cytoscape element, marked when it is a line of authority. */
export const toEdgeElement = ({ id, type, source, target }: RelationshipEnds): EdgeElement => ({
  data: { id, source, target, type, authority: isAuthority(type) },
});
