/** Collapses every run of whitespace to one space, so a quote may wrap differently from its source. */
export const normalizeWhitespace = (text: string): string => text.replace(/\s+/gu, ' ').trim();
