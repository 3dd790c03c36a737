/** A document placed on the timeline. */
export interface TimelineDocument {
  readonly id: string;
  readonly date: string | null;
}

/** Month steps a timeline slider moves through: YYYY-MM, oldest first. */
export const timelineMonths = (documents: readonly TimelineDocument[]): string[] => {
  const months = documents
    .map((d) => d.date)
    .filter((date): date is string => date !== null)
    // A date known only to the year sits at its first month.
    .map((date) => (date.length === 4 ? `${date}-01` : date.slice(0, 7)))
    .sort();
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return [];
  const steps: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const step = `${year}-${String(month).padStart(2, '0')}`;
    steps.push(step);
    if (step >= last) return steps;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
};

/**
 * The filter bounds for a slider range: null at either end of the timeline, so the full
 * range filters nothing and undated documents stay.
 */
export const rangeBounds = (
  months: readonly string[],
  fromIndex: number,
  toIndex: number,
): { from: string | null; to: string | null } => ({
  from: fromIndex > 0 ? (months[fromIndex] ?? null) : null,
  to: toIndex < months.length - 1 ? (months[toIndex] ?? null) : null,
});

/** Where filter bounds sit on the slider. */
export const rangeIndexes = (
  months: readonly string[],
  from: string | null,
  to: string | null,
): [number, number] => {
  const last = months.length - 1;
  const fromIndex = from ? months.findIndex((m) => m >= from.slice(0, 7)) : 0;
  const toIndex = to ? months.findLastIndex((m) => m <= to.slice(0, 7)) : last;
  return [fromIndex < 0 ? last : fromIndex, toIndex < 0 ? 0 : toIndex];
};
