import {
  writeFileFormat,
  type ExportAbout,
  type FileFormat,
  type SeedGraph,
  type Source,
} from '@pag/graph-seed';
import { dataVersion, toSeedRows } from '@pag/server/repositories/seed-rows';

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
export const exportGraph = (graph: SeedGraph, format: FileFormat, exportedAt: string): string => {
  const about: ExportAbout = {
    title: 'Party Authority Graph',
    dataVersion: dataVersion(toSeedRows(graph)),
    exportedAt,
    credit: graph.sources
      .filter((source) => source.textFile)
      .map(credit)
      .join('; '),
  };
  return writeFileFormat(graph, format, about);
};
