import { toBibtex } from './bibtex';
import { toCslJson } from './csl-json';
import type { ExportAbout, ExportGraph } from './export-graph';
import { toGexf } from './gexf';
import { toGraphml } from './graphml';
import { toRis } from './ris';

/**
 * The files other tools read: the graph with its evidence (GraphML, GEXF), or the references
 * of its sources (CSL-JSON, RIS, BibTeX); each with its name, extension, media type, what it
 * is for and how it is written.
 */
export const FILE_FORMATS = {
  graphml: {
    label: 'GraphML',
    extension: 'graphml',
    mime: 'application/graphml+xml',
    sourcesOnly: false,
    purpose: 'the graph as GraphML (Gephi, yEd, Cytoscape desktop, networkx)',
    write: (graph: ExportGraph, about: ExportAbout) => toGraphml(graph, about),
  },
  gexf: {
    label: 'GEXF',
    extension: 'gexf',
    mime: 'application/gexf+xml',
    sourcesOnly: false,
    purpose: 'the graph as GEXF 1.3 (Gephi, networkx)',
    write: (graph: ExportGraph, about: ExportAbout) => toGexf(graph, about),
  },
  'csl-json': {
    label: 'CSL-JSON',
    extension: 'csl.json',
    mime: 'application/vnd.citationstyles.csl+json',
    sourcesOnly: true,
    purpose: 'the sources as CSL-JSON (Zotero, Mendeley, citation processors)',
    write: (graph: ExportGraph) => toCslJson(graph.sources),
  },
  ris: {
    label: 'RIS',
    extension: 'ris',
    mime: 'application/x-research-info-systems',
    sourcesOnly: true,
    purpose: 'the sources as RIS (EndNote, Zotero, Mendeley)',
    write: (graph: ExportGraph) => toRis(graph.sources),
  },
  bibtex: {
    label: 'BibTeX',
    extension: 'bib',
    mime: 'application/x-bibtex',
    sourcesOnly: true,
    purpose: 'the sources as BibTeX',
    write: (graph: ExportGraph) => toBibtex(graph.sources),
  },
} as const;
export type FileFormat = keyof typeof FILE_FORMATS;

export const isFileFormat = (value: string): value is FileFormat =>
  Object.hasOwn(FILE_FORMATS, value);

/** The graph, or its sources, written in a format. */
export const writeFileFormat = (graph: ExportGraph, format: FileFormat, about: ExportAbout) =>
  FILE_FORMATS[format].write(graph, about);
