import { describe, expect, it } from 'vitest';
import { rangeBounds, rangeIndexes, timelineMonths } from '../src/graph/timeline';

const documents = [
  { id: 'a', date: '2015-05-29' },
  { id: 'b', date: '2015' },
  { id: 'c', date: '2015-08' },
  { id: 'd', date: null },
];

describe('timeline over document dates', () => {
  it('steps month by month from the oldest dated document to the newest', () => {
    expect(timelineMonths(documents)).toEqual([
      '2015-01',
      '2015-02',
      '2015-03',
      '2015-04',
      '2015-05',
      '2015-06',
      '2015-07',
      '2015-08',
    ]);
    expect(
      timelineMonths([
        { id: 'x', date: '2014-12' },
        { id: 'y', date: '2015-01-03' },
      ]),
    ).toEqual(['2014-12', '2015-01']);
    expect(timelineMonths([{ id: 'x', date: null }])).toEqual([]);
  });

  it('filters nothing over the full range and maps bounds back to the slider', () => {
    const months = timelineMonths(documents);
    expect(rangeBounds(months, 0, months.length - 1)).toEqual({ from: null, to: null });
    expect(rangeBounds(months, 4, 6)).toEqual({ from: '2015-05', to: '2015-07' });
    expect(rangeIndexes(months, '2015-05', '2015-07')).toEqual([4, 6]);
    expect(rangeIndexes(months, null, null)).toEqual([0, 7]);
    expect(rangeIndexes(months, '2015-05-29', null)).toEqual([4, 7]);
  });
});
