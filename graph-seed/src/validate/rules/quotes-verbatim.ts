import type { Evidence } from '../../schema/evidence';
import { normalizeWhitespace } from '../normalize-whitespace';
import { issueAt, type IntegrityRule, type Located } from '../graph-records';
import { quotableTexts } from '../quotable-texts';

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
