/**
 * The part of `text` around the first place any of the query's words occurs, for showing
 * why a result matched; undefined when none does.
 */
export const findSnippet = (text: string, query: string, radius = 50): string | undefined => {
  const lower = text.toLowerCase();
  const words = query
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  const hits = words.map((word) => lower.indexOf(word)).filter((at) => at >= 0);
  if (hits.length === 0) return undefined;
  const at = Math.min(...hits);
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + radius + (words[0]?.length ?? 0));
  const body = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
};
