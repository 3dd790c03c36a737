import { useLayoutEffect, useState, type RefObject } from 'react';
import { fittingCount } from './fitting-count';

/** The horizontal padding and the column gap of a flex row, in pixels. */
const rowMetrics = (row: HTMLElement) => {
  const style = getComputedStyle(row);
  return {
    left: parseFloat(style.paddingLeft),
    right: parseFloat(style.paddingRight),
    gap: parseFloat(style.columnGap) || 0,
  };
};

/**
 * How many of a row's items fit on one line. `measure` holds every item laid out in one
 * unbroken row (hidden), with the items marked `data-item` and the "more" button marked
 * `data-more`; `row` is the visible row whose width is available. Measured again whenever
 * either changes size: another window width, language or font.
 */
export const useFittingCount = (
  row: RefObject<HTMLElement | null>,
  measure: RefObject<HTMLElement | null>,
  total: number,
): number => {
  const [count, setCount] = useState(total);
  useLayoutEffect(() => {
    const rowElement = row.current;
    const measureElement = measure.current;
    if (!rowElement || !measureElement) return;
    const update = () => {
      const { left, gap } = rowMetrics(measureElement);
      const start = measureElement.getBoundingClientRect().left + left;
      const ends = [...measureElement.querySelectorAll('[data-item]')].map(
        (item) => item.getBoundingClientRect().right - start,
      );
      const more = measureElement.querySelector('[data-more]')?.getBoundingClientRect().width ?? 0;
      const padding = rowMetrics(rowElement);
      const available = rowElement.clientWidth - padding.left - padding.right;
      setCount(fittingCount(ends, available, more, gap));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(rowElement);
    observer.observe(measureElement);
    void document.fonts.ready.then(update);
    return () => observer.disconnect();
  }, [row, measure, total]);
  return count;
};
