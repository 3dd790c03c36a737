/**
 * The files other tools read: the graph with its evidence (GraphML, GEXF), or the references
 * of its sources (CSL-JSON, RIS, BibTeX); each with its name, extension, media type and what
 * it is for. (Their writers are in write-file-format, which a client may load apart.)
 */
export const FILE_FORMATS = {
  graphml: {
    label: 'GraphML',
    extension: 'graphml',
    mime: 'application/graphml+xml',
    sourcesOnly: false,
    purpose: 'the graph as GraphML (Gephi, yEd, Cytoscape desktop, networkx)',
  },
  gexf: {
    label: 'GEXF',
    extension: 'gexf',
    mime: 'application/gexf+xml',
    sourcesOnly: false,
    purpose: 'the graph as GEXF 1.3 (Gephi, networkx)',
  },
  'csl-json': {
    label: 'CSL-JSON',
    extension: 'csl.json',
    mime: 'application/vnd.citationstyles.csl+json',
    sourcesOnly: true,
    purpose: 'the sources as CSL-JSON (Zotero, Mendeley, citation processors)',
  },
  ris: {
    label: 'RIS',
    extension: 'ris',
    mime: 'application/x-research-info-systems',
    sourcesOnly: true,
    purpose: 'the sources as RIS (EndNote, Zotero, Mendeley)',
  },
  bibtex: {
    label: 'BibTeX',
    extension: 'bib',
    mime: 'application/x-bibtex',
    sourcesOnly: true,
    purpose: 'the sources as BibTeX',
  },
} as const;
export type FileFormat = keyof typeof FILE_FORMATS;

export const isFileFormat = (value: string): value is FileFormat =>
  Object.hasOwn(FILE_FORMATS, value);
