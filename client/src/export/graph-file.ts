import {
  toBibtex,
  toCslJson,
  toGexf,
  toGraphml,
  toRis,
  type ExportAbout,
  type GraphElements,
  type ViewRecords,
} from '@pag/graph-seed';
import { fetchViewRecords } from '../api/graph-api';

/** The files of a view for other tools: the graph with its evidence, or its sources. */
export const GRAPH_FILE_FORMATS = {
  graphml: {
    label: 'GraphML',
    extension: 'graphml',
    mime: 'application/graphml+xml',
    sourcesOnly: false,
  },
  gexf: { label: 'GEXF', extension: 'gexf', mime: 'application/gexf+xml', sourcesOnly: false },
  'csl-json': {
    label: 'CSL-JSON',
    extension: 'csl.json',
    mime: 'application/vnd.citationstyles.csl+json',
    sourcesOnly: true,
  },
  ris: {
    label: 'RIS',
    extension: 'ris',
    mime: 'application/x-research-info-systems',
    sourcesOnly: true,
  },
  bibtex: { label: 'BibTeX', extension: 'bib', mime: 'application/x-bibtex', sourcesOnly: true },
} as const;
export type GraphFileFormat = keyof typeof GRAPH_FILE_FORMATS;

export const isGraphFileFormat = (format: string): format is GraphFileFormat =>
  Object.hasOwn(GRAPH_FILE_FORMATS, format);

/**
 * A file of the view in a format other tools read: its records (with the evidence, which the
 * view's elements do not hold) fetched from the server, then written by graph-seed's formats.
 */
export const graphFile = async (
  view: GraphElements,
  format: GraphFileFormat,
  about: ExportAbout,
): Promise<{ text: string; records: ViewRecords }> => {
  const records = await fetchViewRecords(view);
  const text = {
    graphml: () => toGraphml(records, about),
    gexf: () => toGexf(records, about),
    'csl-json': () => toCslJson(records.sources),
    ris: () => toRis(records.sources),
    bibtex: () => toBibtex(records.sources),
  }[format]();
  return { text, records };
};
