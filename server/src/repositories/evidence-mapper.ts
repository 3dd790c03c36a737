import type { EvidenceItem, NodeKind, NodeSummary } from '@pag/graph-seed';
import type { Plain } from './record-mapper';

/**
 * Cypher fragments shared by the read repositories. They are constants, never built from
 * input: every value a query uses arrives as a $parameter.
 */
export const EVIDENCE_OF = (variable: string) =>
  `{sources: ${variable}.evidenceSources, locators: ${variable}.evidenceLocators, quotes: ${variable}.evidenceQuotes}`;
export const ALL_SOURCES =
  'COLLECT { MATCH (s:Source) RETURN s {.id, .title, .url} } AS sourceList';
export const SUMMARY_OF = (variable: string) => `${variable} {.id, .kind, .name, .nameZh}`;

type Row = Record<string, Plain>;

/** Source titles and links by id, from an ALL_SOURCES column. */
export const toSourceIndex = (list: Plain): Map<string, { title: string; url: string | null }> =>
  new Map(
    (Array.isArray(list) ? (list as Row[]) : []).map((s) => [
      String(s.id),
      { title: String(s.title), url: typeof s.url === 'string' ? s.url : null },
    ]),
  );

/** Zips the stored parallel evidence lists into citations with their source's title and link. */
export const toEvidenceItems = (
  evidence: Plain,
  sources: ReadonlyMap<string, { title: string; url: string | null }>,
): EvidenceItem[] => {
  const { sources: ids, locators, quotes } = (evidence ?? {}) as Record<string, Plain[] | null>;
  return (ids ?? []).map((id, i) => {
    const source = sources.get(String(id));
    return {
      sourceId: String(id),
      title: source?.title ?? String(id),
      url: source?.url ?? null,
      locator: String(locators?.[i] ?? ''),
      quote: String(quotes?.[i] ?? ''),
    };
  });
};

/** A node summary from a SUMMARY_OF column. */
export const toNodeSummary = (value: Plain): NodeSummary => {
  const row = value as Row;
  return {
    id: String(row.id),
    kind: row.kind as NodeKind,
    name: String(row.name),
    nameZh: typeof row.nameZh === 'string' ? row.nameZh : null,
  };
};

/** A string column that may be absent. */
export const optionalString = (value: Plain | undefined): string | null =>
  typeof value === 'string' ? value : null;
