import type { SourceReference } from '../api/view-records';
import { citedInNote, dateParts, referenceTypes } from './reference-fields';

/**
 * Sources as CSL-JSON, which Zotero, Mendeley and every citation processor read: each with
 * its id, type, title (and Chinese title as the original title), author as written (a
 * literal, so that a Chinese name is not split wrongly), publisher, date, address, and for
 * a source known only through another, a note saying where it is cited.
 */
export const toCslJson = (sources: readonly SourceReference[]): string => {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const items = sources.map((source) => {
    const issued = dateParts(source.date);
    const note = citedInNote(source, byId);
    return {
      id: source.id,
      type: referenceTypes[source.type].csl,
      title: source.title,
      ...(source.titleZh && { 'original-title': source.titleZh }),
      ...(source.author && { author: [{ literal: source.author }] }),
      ...(source.publisher && { publisher: source.publisher }),
      ...(issued.length > 0 && { issued: { 'date-parts': [issued] } }),
      ...(source.url && { URL: source.url }),
      ...(note && { note }),
    };
  });
  return `${JSON.stringify(items, null, 2)}\n`;
};
