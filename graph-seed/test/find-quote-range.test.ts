import { describe, expect, it } from 'vitest';
import { findQuoteRange } from '../src';

describe('findQuoteRange', () => {
  const text = 'The group plays the role of the core\n   of leadership. 党组 是 核心。';

  it('finds a quote that wraps differently, returning offsets into the original text', () => {
    const range = findQuoteRange(text, 'the core of leadership.');
    expect(range).toBeDefined();
    expect(text.slice(range?.start, range?.end)).toBe('the core\n   of leadership.');
  });

  it('treats regular-expression characters in the quote literally', () => {
    expect(findQuoteRange('a (b) c.', '(b) c.')).toEqual({ start: 2, end: 8 });
    expect(findQuoteRange('abc', 'a.c')).toBeUndefined();
  });

  it('finds Chinese text and answers undefined for what is not there', () => {
    expect(findQuoteRange(text, '党组 是')).toBeDefined();
    expect(findQuoteRange(text, 'the core of all leadership')).toBeUndefined();
    expect(findQuoteRange(text, '   ')).toBeUndefined();
  });
});
