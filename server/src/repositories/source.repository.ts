import { z } from 'zod';
import { CitingRecordKind, SourceDetail, findQuoteRange } from '@pag/graph-seed';
import { EVIDENCE_OF } from './cypher-fragments';
import { EvidenceColumns } from './evidence-mapper';
import { readRows, type QueryContext } from './read-rows';

// A source with stored text holds the quotes that cite it and the sources it is cited
// through (footnote URLs); a footnote source shows the citing source's text.
export const FIND_SOURCE = `
  MATCH (s:Source {id: $id})
  OPTIONAL MATCH (citing:Source {id: s.citedIn})
  WITH s, CASE WHEN s.text IS NOT NULL THEN s ELSE citing END AS holder
  WITH s, holder,
       CASE WHEN s.text IS NOT NULL
            THEN [s.id] + COLLECT { MATCH (c:Source {citedIn: s.id}) RETURN c.id }
            ELSE [s.id] END AS cited
  RETURN s {.id, .type, .title, .titleZh, .author, .publisher, .date, .url, .citedIn} AS source,
         holder.text AS text, holder.id AS textSourceId, cited,
         holder {.id, .type, .title, .titleZh, .author, .publisher, .date, .url, .citedIn} AS textSource,
         COLLECT {
           MATCH (n:Node) WHERE any(x IN n.evidenceSources WHERE x IN cited)
           RETURN {kind: 'node', id: n.id, evidence: ${EVIDENCE_OF('n')}} AS e ORDER BY e.id
         } + COLLECT {
           MATCH (:Node)-[r]->(:Node) WHERE any(x IN r.evidenceSources WHERE x IN cited)
           RETURN {kind: 'relationship', id: r.id, evidence: ${EVIDENCE_OF('r')}} AS e ORDER BY e.id
         } AS citations`;

const SourceRow = z.object({
  source: SourceDetail.shape.source,
  text: z.string().nullable(),
  textSourceId: z.string().nullable(),
  textSource: SourceDetail.shape.textSource,
  cited: z.array(z.string()),
  citations: z.array(
    z.object({
      kind: CitingRecordKind,
      id: z.string(),
      evidence: EvidenceColumns,
    }),
  ),
});

/** A source, its stored text and the character range of every quote that cites it. */
export const findSourceDetail = async (
  context: QueryContext,
  id: string,
): Promise<SourceDetail | undefined> => {
  const [row] = await readRows(context, FIND_SOURCE, SourceRow, { id });
  if (!row) return undefined;
  const { source, text, textSourceId, textSource } = row;
  const cited = new Set(row.cited);
  const quotes = row.citations.flatMap(({ kind, id: citedById, evidence }) =>
    evidence.sources.flatMap((sourceId, i) => {
      const quote = evidence.quotes[i] ?? '';
      const range = text !== null && cited.has(sourceId) ? findQuoteRange(text, quote) : undefined;
      if (!range) return [];
      const locator = evidence.locators[i] ?? '';
      return [{ ...range, quote, locator, sourceId, citedBy: { kind, id: citedById } }];
    }),
  );
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { source, text, textSourceId, textSource, quotes };
};
