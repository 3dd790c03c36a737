import type { Source } from '../schema/source';
import type { GraphRecords } from './graph-records';
import { normalizeWhitespace } from './normalize-whitespace';

/**
 * The stored text, whitespace collapsed, that quotes from a source must occur in: its own,
 * or that of the source citing it (a footnote URL is quoted as the working paper has it).
 */
export const quotableTexts = ({ sources, texts }: Pick<GraphRecords, 'sources' | 'texts'>) => {
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
