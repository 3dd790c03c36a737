import {
  isAuthority,
  type Chain,
  type ChainsResponse,
  type EdgeElement,
  type NodeElement,
  type RelationshipType,
} from '@pag/graph-seed';
import {
  EVIDENCE_OF,
  SUMMARY_OF,
  toEvidenceItems,
  toNodeSummary,
  toSourceIndex,
} from './evidence-mapper';
import type { Plain } from './record-mapper';

/** A Cypher map describing a path `p`, read by `toChainsResponse`. */
export const PATH_MAP = `{
  pathNodes: [n IN nodes(p) | ${SUMMARY_OF('n')}],
  pathRels: [rel IN relationships(p) | {id: rel.id, type: type(rel), source: startNode(rel).id,
                                        target: endNode(rel).id, evidence: ${EVIDENCE_OF('rel')}}]
}`;

type Row = Record<string, Plain>;

/**
 * Turns PATH_MAP values into chains of hops in the direction of travel, each hop with its
 * evidence, plus the Cytoscape elements the chains pass through.
 */
export const toChainsResponse = (
  paths: Plain,
  sourceList: Plain,
  limit: number,
): ChainsResponse => {
  const rows = (Array.isArray(paths) ? paths : []) as Row[];
  const sources = toSourceIndex(sourceList);
  const nodes = new Map<string, NodeElement>();
  const edges = new Map<string, EdgeElement>();
  const chains: Chain[] = rows.slice(0, limit).map((row) => {
    const pathNodes = (row.pathNodes as Plain[]).map(toNodeSummary);
    for (const node of pathNodes) {
      nodes.set(node.id, {
        data: { id: node.id, kind: node.kind, label: node.name, labelZh: node.nameZh },
      });
    }
    return {
      hops: (row.pathRels as Row[]).map((rel, i) => {
        const type = rel.type as RelationshipType;
        const from = pathNodes[i]?.id ?? '';
        const id = String(rel.id);
        edges.set(id, {
          data: {
            id,
            source: String(rel.source),
            target: String(rel.target),
            type,
            authority: isAuthority(type),
          },
        });
        return {
          edgeId: id,
          from,
          to: pathNodes[i + 1]?.id ?? '',
          type,
          forward: rel.source === from,
          authority: isAuthority(type),
          sources: toEvidenceItems(rel.evidence ?? null, sources),
        };
      }),
    };
  });
  return {
    chains,
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: rows.length > limit,
  };
};
