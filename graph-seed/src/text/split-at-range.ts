/** A text cut into the part before a range, the range itself and the part after it. */
export const splitAtRange = (
  text: string,
  range: { start: number; end: number } | undefined,
): { before: string; match: string; after: string } =>
  range
    ? {
        before: text.slice(0, range.start),
        match: text.slice(range.start, range.end),
        after: text.slice(range.end),
      }
    : { before: text, match: '', after: '' };
