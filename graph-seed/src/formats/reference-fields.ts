import type { SourceReference } from '../api/view-records';
import type { SourceType } from '../schema/source';

/** A source's date as its parts, year first, as precise as the record is. */
export const dateParts = (date: string | null | undefined): number[] =>
  date ? date.split('-').map((part) => Number.parseInt(part, 10)) : [];

/**
 * What a reference manager calls each kind of source: the working paper a report, a web
 * article a web page, a Party document legislation, the synthetic data's generator a dataset.
 */
export const referenceTypes: Record<
  SourceType,
  { readonly csl: string; readonly ris: string; readonly bibtex: string }
> = {
  'working-paper': { csl: 'report', ris: 'RPRT', bibtex: 'techreport' },
  'web-article': { csl: 'webpage', ris: 'ELEC', bibtex: 'misc' },
  'party-document': { csl: 'legislation', ris: 'GOVDOC', bibtex: 'misc' },
  synthetic: { csl: 'dataset', ris: 'DATA', bibtex: 'misc' },
};

/** A note for a source known only through another: where it is cited. */
export const citedInNote = (
  source: SourceReference,
  sources: ReadonlyMap<string, SourceReference>,
): string | null => {
  if (!source.citedIn) return null;
  const citing = sources.get(source.citedIn);
  return `Quoted as cited in ${citing ? citing.title : source.citedIn}`;
};
