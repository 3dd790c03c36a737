import { issueAt, type IntegrityRule } from '../graph-records';

/** A source's stored text exists, and a source cited through another names a known one. */
export const sourceReferences: IntegrityRule = ({ sources, texts }) => {
  const sourceIds = new Set(sources.map((s) => s.value.id));
  return sources.flatMap((source) => {
    const { textFile, citedIn } = source.value;
    return [
      ...(textFile && !texts.has(textFile)
        ? [issueAt(source, ['textFile'], `text file "${textFile}" not found in data/texts/`)]
        : []),
      ...(citedIn && !sourceIds.has(citedIn)
        ? [issueAt(source, ['citedIn'], `unknown source "${citedIn}"`)]
        : []),
    ];
  });
};
