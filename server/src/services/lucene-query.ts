const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character Lucene's query parser would read as syntax. */
export const escapeLucene = (term: string): string => term.replace(SPECIAL, (c) => `\\${c}`);

/** Whether the text has anything searchable: a letter or a digit in any script. */
export const hasSearchableText = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/**
 * Turns what a person typed into a Lucene query: every word must match, and the last one
 * also matches as a prefix (for autocomplete). The analyzed form matches Chinese, which the
 * CJK analyzer indexes as character pairs; the wildcard form matches Latin prefixes.
 * User input is only ever escaped data inside this string, which is itself a parameter.
 */
export const toLuceneQuery = (input: string): string => {
  const terms = input
    .normalize('NFKC')
    .split(/\s+/u)
    .filter(hasSearchableText)
    // Lower case also keeps typed AND/OR/NOT from acting as operators; the analyzer
    // lower-cases the index anyway.
    .map((term) => escapeLucene(term.toLowerCase()));
  return terms
    .map((term, i) => (i === terms.length - 1 ? `(${term} OR ${term}*)` : term))
    .join(' AND ');
};
