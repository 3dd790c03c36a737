import { toBibtex } from './bibtex';
import { toCslJson } from './csl-json';
import type { ExportAbout, ExportGraph } from './export-graph';
import type { FileFormat } from './file-formats';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toRis } from './ris';

/** The graph, or its sources, written in a format (see FILE_FORMATS). */
export const writeFileFormat = (
  graph: ExportGraph,
  format: FileFormat,
  about: ExportAbout,
): string => {
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
