import type { Evidence } from '../../schema/evidence';
import type { Source } from '../../schema/source';
import { normalizeWhitespace } from '../normalize-whitespace';
import { issueAt, type GraphRecords, type IntegrityRule, type Located } from '../graph-records';

/**
 * The stored text, whitespace collapsed, that quotes from a source must occur in: its own,
 * or that of the source citing it (a footnote URL is quoted as the working paper has it).
 */
const quotableTexts = ({ sources, texts }: GraphRecords) => {
  const sourceById = new Map(sources.map((s) => [s.value.id, s.value]));
  const normalized = new Map<string, string>();
  return (source: Source): string | undefined => {
    const holder = source.textFile
      ? source
      : source.citedIn
        ? sourceById.get(source.citedIn)
        : undefined;
    const text = holder?.textFile ? texts.get(holder.textFile) : undefined;
    if (text === undefined) return undefined;
    const cached = normalized.get(text) ?? normalizeWhitespace(text);
    normalized.set(text, cached);
    return cached;
  };
};

/** Every piece of evidence cites a known source and quotes it verbatim. */
export const quotesVerbatim: IntegrityRule = (records) => {
  const sourceById = new Map(records.sources.map((s) => [s.value.id, s.value]));
  const textFor = quotableTexts(records);
  const check = (record: Located<{ id: string; evidence: readonly Evidence[] }>) =>
    record.value.evidence.flatMap((evidence, i) => {
      const source = sourceById.get(evidence.source);
      if (!source) {
        return [issueAt(record, ['evidence', i, 'source'], `unknown source "${evidence.source}"`)];
      }
      const text = textFor(source);
      if (text === undefined) {
        return [
          issueAt(
            record,
            ['evidence', i, 'source'],
            `source "${source.id}" has no stored text to check the quote against (give it a textFile or citedIn)`,
          ),
        ];
      }
      return text.includes(normalizeWhitespace(evidence.quote))
        ? []
        : [
            issueAt(
              record,
              ['evidence', i, 'quote'],
              `quote not found verbatim in the text of source "${source.id}"`,
            ),
          ];
    });
  return [...records.nodes.flatMap(check), ...records.relationships.flatMap(check)];
};
