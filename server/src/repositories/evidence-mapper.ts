import { z } from 'zod';
import type { Evidence, EvidenceItem } from '@pag/graph-seed';

/**
 * Evidence as stored: Neo4j properties cannot hold maps, so each record keeps three parallel
 * lists, one entry per piece of evidence (see EVIDENCE_OF).
 */
export const EvidenceColumns = z
  .object({
    sources: z.array(z.string()),
    locators: z.array(z.string()),
    quotes: z.array(z.string()),
  })
  .refine(
    ({ sources, locators, quotes }) =>
      sources.length === locators.length && sources.length === quotes.length,
    'the evidence lists differ in length',
  );
export type EvidenceColumns = z.infer<typeof EvidenceColumns>;

/** What a citation of every source needs (see ALL_SOURCES). */
export const SourceList = z.array(
  z.object({
    id: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    author: z.string().nullable(),
    publisher: z.string().nullable(),
    date: z.string().nullable(),
    citedIn: z.string().nullable(),
  }),
);
export type SourceList = z.infer<typeof SourceList>;

/** Citations of the sources, by id. */
export type SourceIndex = ReadonlyMap<string, Omit<SourceList[number], 'id'>>;

export const toSourceIndex = (list: SourceList): SourceIndex =>
  new Map(list.map(({ id, ...citation }) => [id, citation]));

/** For a source known only through another, the title of the text whose words the quote is. */
const quotedIn = (index: SourceIndex, sourceId: string): string | null => {
  const citing = index.get(sourceId)?.citedIn;
  return citing ? (index.get(citing)?.title ?? citing) : null;
};

/** Zips the stored evidence lists back into the evidence they hold: source, locator, quote. */
export const toEvidence = ({ sources, locators, quotes }: EvidenceColumns): Evidence[] =>
  sources.map((source, i) => ({ source, locator: locators[i] ?? '', quote: quotes[i] ?? '' }));

/** The stored evidence as citations, with their source's title and link. */
export const toEvidenceItems = (columns: EvidenceColumns, index: SourceIndex): EvidenceItem[] =>
  toEvidence(columns).map(({ source: sourceId, locator, quote }) => ({
    sourceId,
    title: index.get(sourceId)?.title ?? sourceId,
    url: index.get(sourceId)?.url ?? null,
    author: index.get(sourceId)?.author ?? null,
    publisher: index.get(sourceId)?.publisher ?? null,
    date: index.get(sourceId)?.date ?? null,
    quotedIn: quotedIn(index, sourceId),
    locator,
    quote,
  }));
