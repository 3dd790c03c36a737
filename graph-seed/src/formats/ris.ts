import type { SourceReference } from '../api/view-records';
import { citedInNote, dateParts, referenceTypes } from './reference-fields';

/** One RIS line: a tag, two spaces, a dash, a space, the value on one line. */
const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;

/**
 * Sources as RIS, which EndNote, Zotero and Mendeley import: one record per source, with its
 * type, title, author, publisher, date (YYYY/MM/DD/), address, id and a note for a source
 * known only through another. Lines end in CRLF, as the format asks.
 */
export const toRis = (sources: readonly SourceReference[]): string => {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return sources
    .map((source) => {
      const [year, month, day] = dateParts(source.date);
      const note = citedInNote(source, byId);
      const lines = [
        line('TY', referenceTypes[source.type].ris),
        line('ID', source.id),
        line('TI', source.title),
        ...(source.titleZh ? [line('TT', source.titleZh)] : []),
        ...(source.author ? [line('AU', source.author)] : []),
        ...(source.publisher ? [line('PB', source.publisher)] : []),
        ...(year
          ? [
              line('PY', String(year)),
              line(
                'DA',
                `${year}/${month ? String(month).padStart(2, '0') : ''}/${day ? String(day).padStart(2, '0') : ''}/`,
              ),
            ]
          : []),
        ...(source.url ? [line('UR', source.url)] : []),
        ...(note ? [line('N1', note)] : []),
        'ER  - ',
      ];
      return lines.join('\r\n');
    })
    .join('\r\n\r\n')
    .concat('\r\n');
};
