import { isWebUrl, type SourceRecord } from '@pag/graph-seed';

/** What a citation is made from: a source record, or the citation an evidence item carries. */
export type Citable = Pick<SourceRecord, 'title' | 'author' | 'publisher' | 'date' | 'url'> & {
  readonly titleZh?: string | null;
};

/** The parts of a citation, each present only where the source record has it. */
const partsOf = (source: Citable) => ({
  author: source.author,
  title: source.titleZh ? `${source.title} (${source.titleZh})` : source.title,
  published: [source.publisher, source.date].filter(Boolean).join(', ') || null,
  url: isWebUrl(source.url) ? source.url : null,
});

/**
 * A full citation of a source as plain text: "Author. Title. Publisher, date. URL" — each
 * part only where the record has it, the address only if it is a web address (and without a
 * full stop after it, which would become part of it).
 */
export const citeSource = (source: Citable): string => {
  const { author, title, published, url } = partsOf(source);
  const text = [author, title, published]
    .flatMap((part) => (part ? [/[.!?]$/.test(part) ? part : `${part}.`] : []))
    .join(' ');
  return url ? `${text} ${url}` : text;
};

/** A short credit line for a figure: "Author, Title (Publisher, date)". */
export const creditSource = (source: Citable): string => {
  const { author, title, published } = partsOf(source);
  return `${[author, title].filter(Boolean).join(', ')}${published ? ` (${published})` : ''}`;
};

/** The credit line for everything the graph is read from, sources joined by semicolons. */
export const creditSources = (sources: readonly SourceRecord[]): string =>
  sources.map(creditSource).join('; ');
