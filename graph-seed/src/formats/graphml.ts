import { relationshipTypes, isAuthority } from '../vocabulary/relationship-type';
import { evidenceJson, evidenceText, type ExportAbout, type ExportGraph } from './export-graph';
import { xmlText } from './xml-text';

type AttributeType = 'string' | 'boolean' | 'int';

/** A GraphML attribute: its key, what it belongs to, its name and type. */
interface Key {
  readonly id: string;
  readonly for: 'graph' | 'node' | 'edge';
  readonly name: string;
  readonly type: AttributeType;
}

const KEYS: readonly Key[] = [
  { id: 'g_title', for: 'graph', name: 'title', type: 'string' },
  { id: 'g_version', for: 'graph', name: 'dataVersion', type: 'string' },
  { id: 'g_exported', for: 'graph', name: 'exportedAt', type: 'string' },
  { id: 'g_credit', for: 'graph', name: 'credit', type: 'string' },
  { id: 'n_label', for: 'node', name: 'label', type: 'string' },
  { id: 'n_kind', for: 'node', name: 'kind', type: 'string' },
  { id: 'n_name', for: 'node', name: 'name', type: 'string' },
  { id: 'n_nameZh', for: 'node', name: 'nameZh', type: 'string' },
  { id: 'n_description', for: 'node', name: 'description', type: 'string' },
  { id: 'n_documentType', for: 'node', name: 'documentType', type: 'string' },
  { id: 'n_date', for: 'node', name: 'date', type: 'string' },
  { id: 'n_url', for: 'node', name: 'url', type: 'string' },
  { id: 'n_evidence', for: 'node', name: 'evidence', type: 'string' },
  { id: 'n_evidenceJson', for: 'node', name: 'evidenceJson', type: 'string' },
  { id: 'n_evidenceCount', for: 'node', name: 'evidenceCount', type: 'int' },
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
  { id: 'e_labelZh', for: 'edge', name: 'labelZh', type: 'string' },
  { id: 'e_authority', for: 'edge', name: 'authority', type: 'boolean' },
  { id: 'e_basis', for: 'edge', name: 'basis', type: 'string' },
  { id: 'e_modality', for: 'edge', name: 'modality', type: 'string' },
  { id: 'e_note', for: 'edge', name: 'note', type: 'string' },
  { id: 'e_modalityNote', for: 'edge', name: 'modalityNote', type: 'string' },
  { id: 'e_document', for: 'edge', name: 'document', type: 'string' },
  { id: 'e_evidence', for: 'edge', name: 'evidence', type: 'string' },
  { id: 'e_evidenceJson', for: 'edge', name: 'evidenceJson', type: 'string' },
  { id: 'e_evidenceCount', for: 'edge', name: 'evidenceCount', type: 'int' },
];

/** The `<data>` elements for the values present, by key id. */
const data = (
  values: Record<string, string | number | boolean | null | undefined>,
  indent: string,
) =>
  Object.entries(values)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] != null)
    .map(([key, value]) => `${indent}<data key="${key}">${xmlText(String(value))}</data>`);

/**
 * The graph as GraphML (read by Gephi, yEd, Cytoscape desktop and networkx): a directed
 * graph whose nodes carry their kind, names in English and Chinese and evidence, and whose
 * edges carry their relationship type (as named in English and Chinese), whether it is a
 * line of authority, its basis and modality, caveats and evidence: readable text and JSON.
 */
export const toGraphml = (graph: ExportGraph, about: ExportAbout): string => {
  const sources = new Map(graph.sources.map((source) => [source.id, source]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      (key) =>
        `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`,
    ),
    '  <graph id="G" edgedefault="directed">',
    ...data(
      {
        g_title: about.title,
        g_version: about.dataVersion,
        g_exported: about.exportedAt,
        g_credit: about.credit,
      },
      '    ',
    ),
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${xmlText(node.id)}">`);
    lines.push(
      ...data(
        {
          n_label: node.nameZh ? `${node.name} ${node.nameZh}` : node.name,
          n_kind: node.kind,
          n_name: node.name,
          n_nameZh: node.nameZh,
          n_description: node.description,
          n_documentType: node.documentType,
          n_date: node.date,
          n_url: node.url,
          n_evidence: evidenceText(node.evidence, sources),
          n_evidenceJson: evidenceJson(node.evidence),
          n_evidenceCount: node.evidence.length,
        },
        '      ',
      ),
    );
    lines.push('    </node>');
  }
  for (const edge of graph.relationships) {
    const type = relationshipTypes[edge.type];
    lines.push(
      `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">`,
    );
    lines.push(
      ...data(
        {
          e_label: type.label,
          e_type: edge.type,
          e_labelZh: type.labelZh,
          e_authority: isAuthority(edge.type),
          e_basis: edge.basis,
          e_modality: edge.modality,
          e_note: edge.note,
          e_modalityNote: edge.modalityNote,
          e_document: edge.document,
          e_evidence: evidenceText(edge.evidence, sources),
          e_evidenceJson: evidenceJson(edge.evidence),
          e_evidenceCount: edge.evidence.length,
        },
        '      ',
      ),
    );
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
};
