import { z } from 'zod';
import {
  NodeSummary,
  type Chain,
  type ChainsResponse,
  type EdgeElement,
  type NodeElement,
} from '@pag/graph-seed';
import { RelationshipEnds, toEdgeElement, toNodeElement } from './elements';
import { EvidenceColumns, toEvidenceItems, type SourceIndex } from './evidence-mapper';

/** A path as PATH_MAP returns it: its nodes in order, and the relationships between them. */
export const PathRow = z.object({
  pathNodes: z.array(NodeSummary),
  pathRels: z.array(
    RelationshipEnds.extend({
      note: z.string().nullable(),
      modalityNote: z.string().nullable(),
      evidence: EvidenceColumns,
    }),
  ),
});
export type PathRow = z.infer<typeof PathRow>;

/**
 * Turns paths into chains of hops in the direction of travel, each hop with its evidence,
 * plus the Cytoscape elements the chains pass through. Paths past `limit` only mark the
 * answer truncated.
 */
export const toChainsResponse = (
  paths: readonly PathRow[],
  sources: SourceIndex,
  limit: number,
  filter: ChainsResponse['filter'] = null,
): ChainsResponse => {
  const nodes = new Map<string, NodeElement>();
  const edges = new Map<string, EdgeElement>();
  const chains: Chain[] = paths.slice(0, limit).map(({ pathNodes, pathRels }) => {
    for (const node of pathNodes) nodes.set(node.id, toNodeElement(node));
    return {
      hops: pathRels.map((rel, i) => {
        const from = pathNodes[i]?.id ?? '';
        const edge = toEdgeElement(rel);
        edges.set(rel.id, edge);
        return {
          edgeId: rel.id,
          from,
          to: pathNodes[i + 1]?.id ?? '',
          type: rel.type,
          source: rel.source,
          target: rel.target,
          forward: rel.source === from,
          authority: edge.data.authority,
          basis: rel.basis,
          modality: rel.modality,
          note: rel.note,
          modalityNote: rel.modalityNote,
          sources: toEvidenceItems(rel.evidence, sources),
        };
      }),
    };
  });
  return {
    chains,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: paths.length > limit,
    filter,
  };
};
