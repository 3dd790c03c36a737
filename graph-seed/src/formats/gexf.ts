import { isAuthority, relationshipTypes } from '../vocabulary/relationship-type';
import { evidenceJson, evidenceText, type ExportAbout, type ExportGraph } from './export-graph';
import { xmlText } from './xml-text';

type Value = string | number | boolean | null | undefined;

const NODE_ATTRIBUTES = [
  ['kind', 'string'],
  ['name', 'string'],
  ['nameZh', 'string'],
  ['description', 'string'],
  ['documentType', 'string'],
  ['date', 'string'],
  ['url', 'string'],
  ['evidence', 'string'],
  ['evidenceJson', 'string'],
  ['evidenceCount', 'integer'],
] as const;

// Named `relationship`, not `type`: GEXF's own `type` of an edge is directed or undirected.
const EDGE_ATTRIBUTES = [
  ['relationship', 'string'],
  ['labelZh', 'string'],
  ['authority', 'boolean'],
  ['basis', 'string'],
  ['modality', 'string'],
  ['note', 'string'],
  ['modalityNote', 'string'],
  ['document', 'string'],
  ['evidence', 'string'],
  ['evidenceJson', 'string'],
  ['evidenceCount', 'integer'],
] as const;

type NodeAttribute = (typeof NODE_ATTRIBUTES)[number][0];
type EdgeAttribute = (typeof EDGE_ATTRIBUTES)[number][0];

const declare = (
  kind: 'node' | 'edge',
  attributes: readonly (readonly [string, string])[],
): string[] => [
  `    <attributes class="${kind}" mode="static">`,
  ...attributes.map(
    ([title, type]) => `      <attribute id="${title}" title="${title}" type="${type}"/>`,
  ),
  '    </attributes>',
];

const attvalues = (values: Record<string, Value>): string[] => {
  const present = Object.entries(values).filter(
    (entry): entry is [string, string | number | boolean] => entry[1] != null,
  );
  return [
    '        <attvalues>',
    ...present.map(
      ([key, value]) => `          <attvalue for="${key}" value="${xmlText(String(value))}"/>`,
    ),
    '        </attvalues>',
  ];
};

/**
 * The graph as GEXF 1.3 (Gephi's own format; networkx reads it): a directed graph, each node
 * labelled with its names and carrying its kind and evidence, each edge labelled with its
 * relationship and carrying its type, basis, modality, caveats and evidence.
 */
export const toGexf = (graph: ExportGraph, about: ExportAbout): string => {
  const sources = new Map(graph.sources.map((source) => [source.id, source]));
  const description = [
    about.title,
    about.dataVersion ? `data ${about.dataVersion}` : null,
    `read from ${about.credit}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${xmlText(about.exportedAt.slice(0, 10))}">`,
    `    <creator>${xmlText(about.title)}</creator>`,
    `    <description>${xmlText(description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node', NODE_ATTRIBUTES),
    ...declare('edge', EDGE_ATTRIBUTES),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const label = node.nameZh ? `${node.name} ${node.nameZh}` : node.name;
    const values: Record<NodeAttribute, Value> = {
      kind: node.kind,
      name: node.name,
      nameZh: node.nameZh,
      description: node.description,
      documentType: node.documentType,
      date: node.date,
      url: node.url,
      evidence: evidenceText(node.evidence, sources),
      evidenceJson: evidenceJson(node.evidence),
      evidenceCount: node.evidence.length,
    };
    lines.push(`      <node id="${xmlText(node.id)}" label="${xmlText(label)}">`);
    lines.push(...attvalues(values), '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.relationships) {
    const type = relationshipTypes[edge.type];
    const values: Record<EdgeAttribute, Value> = {
      relationship: edge.type,
      labelZh: type.labelZh,
      authority: isAuthority(edge.type),
      basis: edge.basis,
      modality: edge.modality,
      note: edge.note,
      modalityNote: edge.modalityNote,
      document: edge.document,
      evidence: evidenceText(edge.evidence, sources),
      evidenceJson: evidenceJson(edge.evidence),
      evidenceCount: edge.evidence.length,
    };
    lines.push(
      `      <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" label="${xmlText(type.label)}">`,
    );
    lines.push(...attvalues(values), '      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
};
