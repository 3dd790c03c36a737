import { findQuoteRange, type SourceDetail } from '@pag/graph-seed';
import { EVIDENCE_OF, optionalString } from './evidence-mapper';
import { readRows, type QueryContext } from './neo4j-query';
import type { Plain } from './record-mapper';

// A source with stored text holds the quotes that cite it and the sources it is cited
// through (footnote URLs); a footnote source shows the citing source's text.
const FIND_SOURCE = `
  MATCH (s:Source {id: $id})
  OPTIONAL MATCH (citing:Source {id: s.citedIn})
  WITH s, CASE WHEN s.text IS NOT NULL THEN s ELSE citing END AS holder
  WITH s, holder,
       CASE WHEN s.text IS NOT NULL
            THEN [s.id] + COLLECT { MATCH (c:Source {citedIn: s.id}) RETURN c.id }
            ELSE [s.id] END AS cited
  RETURN s {.id, .type, .title, .titleZh, .author, .publisher, .date, .url, .citedIn} AS source,
         holder.text AS text, holder.id AS textSourceId, cited,
         COLLECT {
           MATCH (n:Node) WHERE any(x IN n.evidenceSources WHERE x IN cited)
           RETURN {kind: 'node', id: n.id, evidence: ${EVIDENCE_OF('n')}} AS e ORDER BY e.id
         } + COLLECT {
           MATCH (:Node)-[r]->(:Node) WHERE any(x IN r.evidenceSources WHERE x IN cited)
           RETURN {kind: 'relationship', id: r.id, evidence: ${EVIDENCE_OF('r')}} AS e ORDER BY e.id
         } AS citations`;

type Row = Record<string, Plain>;

/** A source, its stored text and the character range of every quote that cites it. */
export const findSourceDetail = async (
  context: QueryContext,
  id: string,
): Promise<SourceDetail | undefined> => {
  const [row] = await readRows(context, FIND_SOURCE, { id });
  if (!row) return undefined;
  const source = row.source as Row;
  const text = optionalString(row.text);
  const cited = new Set((row.cited as Plain[]).map(String));
  const quotes: SourceDetail['quotes'] = [];
  for (const citation of row.citations as Row[]) {
    const evidence = citation.evidence as Record<string, Plain[]>;
    (evidence.sources ?? []).forEach((sourceId, i) => {
      if (!cited.has(String(sourceId)) || text === null) return;
      const quote = String(evidence.quotes?.[i] ?? '');
      const range = findQuoteRange(text, quote);
      if (!range) return;
      quotes.push({
        ...range,
        quote,
        locator: String(evidence.locators?.[i] ?? ''),
        sourceId: String(sourceId),
        citedBy: {
          kind: citation.kind === 'node' ? 'node' : 'relationship',
          id: String(citation.id),
        },
      });
    });
  }
  quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    source: {
      id: String(source.id),
      type: String(source.type),
      title: String(source.title),
      titleZh: optionalString(source.titleZh),
      author: optionalString(source.author),
      publisher: optionalString(source.publisher),
      date: optionalString(source.date),
      url: optionalString(source.url),
      citedIn: optionalString(source.citedIn),
    },
    text,
    textSourceId: optionalString(row.textSourceId),
    quotes,
  };
};
