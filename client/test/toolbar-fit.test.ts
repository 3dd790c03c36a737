import { describe, expect, it } from 'vitest';
import { fittingCount } from '../src/components/fitting-count';

// Four items ending at 100, 200, 300 and 400 px; a "More" button 60 px wide, 10 px apart.
const ends = [100, 200, 300, 400];

describe('how many commands fit on the bar', () => {
  it('keeps every item when the row is wide enough, with no room set aside', () => {
    expect(fittingCount(ends, 400, 60, 10)).toBe(4);
    expect(fittingCount(ends, 1000, 60, 10)).toBe(4);
  });

  it('keeps room for More once anything must go into it', () => {
    // 399 px: the last item does not fit, and More with its gap needs 70 px of the rest.
    expect(fittingCount(ends, 399, 60, 10)).toBe(3);
    expect(fittingCount(ends, 370, 60, 10)).toBe(3);
    expect(fittingCount(ends, 369, 60, 10)).toBe(2);
  });

  it('can move everything into More, and has nothing to place in an empty row', () => {
    expect(fittingCount(ends, 120, 60, 10)).toBe(0);
    expect(fittingCount([], 100, 60, 10)).toBe(0);
  });
});
