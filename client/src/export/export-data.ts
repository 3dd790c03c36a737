import {
  bases,
  modalities,
  type BilingualLabel,
  type GraphElements,
  type SourceRecord,
} from '@pag/graph-seed';

// A spreadsheet runs a cell that starts with one of these as a formula (the fullwidth forms
// too, in East Asian locales).
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * One CSV field: quoted where it holds a quote, comma or line break, and with a leading `'`
 * where a spreadsheet would otherwise run it as a formula (OWASP's rule for CSV injection).
 */
const csvCell = (value: string | boolean | null): string => {
  const raw = value === null ? '' : String(value);
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

const labelsOf = (terms: Record<string, BilingualLabel>) =>
  Object.fromEntries(Object.entries(terms).map(([term, { label }]) => [term, label]));

/**
 * The view's data as JSON: its nodes and relationships, with when and what was exported,
 * what the data is read from, and what each relationship's `basis` and `modality` values mean.
 */
export const toJson = (
  graph: GraphElements,
  meta: {
    exportedAt: string;
    dataVersion: string | null;
    /** When the data was loaded and the sources it is read from. */
    about?: { loadedAt: string | null; basedOn: readonly SourceRecord[] };
  },
): string =>
  `${JSON.stringify(
    {
      ...meta,
      meanings: { basis: labelsOf(bases), modality: labelsOf(modalities) },
      nodes: graph.nodes.map((n) => n.data),
      edges: graph.edges.map((e) => e.data),
    },
    null,
    2,
  )}\n`;

/**
 * The view's relationships as CSV, one row each, with how strongly each is sourced (basis and
 * modality, as the API names them) and both ends named in both languages.
 */
export const toCsv = (graph: GraphElements): string => {
  const nodes = new Map(graph.nodes.map((n) => [n.data.id, n.data]));
  const header = [
    'id',
    'type',
    'authority',
    'basis',
    'modality',
    'source_id',
    'source_name',
    'source_name_zh',
    'target_id',
    'target_name',
    'target_name_zh',
  ];
  const rows = graph.edges.map(({ data }) => {
    const source = nodes.get(data.source);
    const target = nodes.get(data.target);
    return [
      data.id,
      data.type,
      data.authority,
      data.basis,
      data.modality,
      data.source,
      source?.name ?? '',
      source?.nameZh ?? null,
      data.target,
      target?.name ?? '',
      target?.nameZh ?? null,
    ];
  });
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
};
