import {
  toBibtex,
  toCslJson,
  toGexf,
  toGraphml,
  toRis,
  type ExportAbout,
  type SeedGraph,
  type Source,
} from '@pag/graph-seed';
import { dataVersion, toSeedRows } from '@pag/server/repositories/seed-rows';

/** The formats `pnpm graph export` writes, with what each holds. */
export const EXPORT_FORMATS = {
  graphml: 'the graph as GraphML (Gephi, yEd, Cytoscape desktop, networkx)',
  gexf: 'the graph as GEXF 1.3 (Gephi, networkx)',
  'csl-json': 'the sources as CSL-JSON (Zotero, Mendeley, citation processors)',
  ris: 'the sources as RIS (EndNote, Zotero, Mendeley)',
  bibtex: 'the sources as BibTeX',
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (value: string): value is ExportFormat =>
  Object.hasOwn(EXPORT_FORMATS, value);

/** "Author, Title (Publisher, date)". */
const credit = (source: Source) => {
  const published = [source.publisher, source.date].filter(Boolean).join(', ');
  return `${[source.author, source.title].filter(Boolean).join(', ')}${published ? ` (${published})` : ''}`;
};

/**
 * The whole validated graph in a format: the graph formats with every node's and
 * relationship's evidence, the reference formats with every source. Says in the file what
 * the data is, its version and date, and the works it is read from (those with a stored text).
 */
export const exportGraph = (graph: SeedGraph, format: ExportFormat, exportedAt: string): string => {
  const about: ExportAbout = {
    title: 'Party Authority Graph',
    dataVersion: dataVersion(toSeedRows(graph)),
    exportedAt,
    credit: graph.sources
      .filter((source) => source.textFile)
      .map(credit)
      .join('; '),
  };
  switch (format) {
    case 'graphml':
      return toGraphml(graph, about);
    case 'gexf':
      return toGexf(graph, about);
    case 'csl-json':
      return toCslJson(graph.sources);
    case 'ris':
      return toRis(graph.sources);
    case 'bibtex':
      return toBibtex(graph.sources);
  }
};
