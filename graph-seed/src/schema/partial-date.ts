import { z } from 'zod';

const isCalendarDate = (value: string): boolean => {
  const [year, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

/**
 * A date as precise as the sources make it: `2015`, `2015-07` or `2015-05-29`. A bare year
 * written unquoted in YAML arrives as a number and is accepted as such.
 */
export const PartialDate = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
    .refine(isCalendarDate, 'is not a real calendar date')
    .describe('Date with its precision implied by its length: YYYY, YYYY-MM or YYYY-MM-DD'),
);
export type PartialDate = z.infer<typeof PartialDate>;

/** How precise a partial date is, read from its length. */
export const DatePrecision = z.enum(['year', 'month', 'day']);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** The precision of a valid partial date: `2015` → year, `2015-07` → month, `2015-07-23` → day. */
export const datePrecisionOf = (date: PartialDate): DatePrecision =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
