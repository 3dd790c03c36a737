import type { SourceReference } from '../api/view-records';
import { citedInNote, dateParts, referenceTypes } from './reference-fields';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** TeX's special characters, as a .bib value writes them. */
const TEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** A value as BibTeX text: on one line, TeX's special characters escaped. */
const texText = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}&%$#_~^]/g, (c) => TEX[c] ?? c);

/** An entry key BibTeX accepts: the source id, with anything else than [A-Za-z0-9-_:] dropped. */
const entryKey = (id: string) => id.replace(/[^\w:-]/g, '');

/**
 * Sources as BibTeX (UTF-8, for biber or bibtex with Unicode): the working paper a
 * techreport, the rest misc; title (in double braces, so that styles keep its capitals),
 * author as one name in braces (so a Chinese name is not split), publisher or institution,
 * year and month, address, and a note for a source known only through another.
 */
export const toBibtex = (sources: readonly SourceReference[]): string => {
  const byId = new Map(sources.map((source) => [source.id, source]));
  return sources
    .map((source) => {
      const type = referenceTypes[source.type].bibtex;
      const [year, month] = dateParts(source.date);
      const note = [citedInNote(source, byId), source.titleZh && `Chinese title: ${source.titleZh}`]
        .filter(Boolean)
        .join('. ');
      const fields: [string, string][] = [
        ['title', `{${texText(source.title)}}`],
        ...(source.author ? [['author', `{${texText(source.author)}}`] as [string, string]] : []),
        ...(source.publisher
          ? [
              [type === 'techreport' ? 'institution' : 'publisher', texText(source.publisher)] as [
                string,
                string,
              ],
            ]
          : []),
        ...(year ? [['year', String(year)] as [string, string]] : []),
        ...(month ? [['month', MONTHS[month - 1] ?? String(month)] as [string, string]] : []),
        // An address as it is (the url package reads it verbatim), braces encoded.
        ...(source.url
          ? [['url', source.url.replace(/\{/g, '%7B').replace(/\}/g, '%7D')] as [string, string]]
          : []),
        ...(note ? [['note', texText(note)] as [string, string]] : []),
      ];
      const body = fields
        .map(([name, value]) =>
          name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`,
        )
        .join(',\n');
      return `@${type}{${entryKey(source.id)},\n${body}\n}`;
    })
    .join('\n\n')
    .concat('\n');
};
