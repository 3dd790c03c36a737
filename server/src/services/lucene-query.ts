const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character Lucene's query parser would read as syntax. */
export const escapeLucene = (term: string): string => term.replace(SPECIAL, (c) => `\\${c}`);

/** Whether the text has anything searchable: a letter or a digit in any script. */
export const hasSearchableText = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

/** Edits a misspelt word may be from the word it stands for: none for short words. */
const editsAllowed = (term: string) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0);

/**
 * Turns what a person typed into a Lucene query: every word must match, and the last one
 * also matches as a prefix (for autocomplete). The analyzed form matches Chinese, which the
 * CJK analyzer indexes as character pairs; the wildcard form matches Latin prefixes. With
 * `fuzzy`, each word of four letters or more also matches words one edit away (two edits for
 * words of eight letters or more: `publc` finds `public`), for when nothing matches as typed.
 * User input is only ever escaped data inside this string, which is itself a parameter.
 */
export const toLuceneQuery = (input: string, options: { fuzzy?: boolean } = {}): string => {
  const terms = input
    .normalize('NFKC')
    .split(/\s+/u)
    .filter(hasSearchableText)
    // Lower case also keeps typed AND/OR/NOT from acting as operators; the analyzer
    // lower-cases the index anyway.
    .map((term) => term.toLowerCase());
  return terms
    .map((term, i) => {
      const escaped = escapeLucene(term);
      const edits = options.fuzzy ? editsAllowed(term) : 0;
      const forms = [escaped];
      if (edits > 0) forms.push(`${escaped}~${String(edits)}`);
      if (i === terms.length - 1) forms.push(`${escaped}*`);
      return forms.length === 1 ? escaped : `(${forms.join(' OR ')})`;
    })
    .join(' AND ');
};
