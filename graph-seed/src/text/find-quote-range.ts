const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a quote stands in a text, allowing any run of whitespace in the text wherever the
 * quote has whitespace (the same rule the validator applies). Offsets are UTF-16 indexes
 * into `text`; undefined when the quote is not there.
 */
export const findQuoteRange = (
  text: string,
  quote: string,
): { start: number; end: number } | undefined => {
  const words = quote.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return undefined;
  const match = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u').exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
};
