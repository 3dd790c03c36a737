import {
  isAuthority,
  type ClaimStrength,
  type EdgeElement,
  type NodeElement,
  type NodeSummary,
  type RelationshipType,
} from '@pag/graph-seed';

/** A relationship as the repositories read it: its id, type, ends and strength. */
export interface RelationshipEnds extends ClaimStrength {
  readonly id: string;
  readonly type: RelationshipType;
  readonly source: string;
  readonly target: string;
}

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
