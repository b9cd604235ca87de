import { z } from "zod";
import { isMatch } from "date-fns";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Tells whether a string is a real calendar day in `YYYY-MM-DD` form (2023-02-30 is not).
 * Only the form and the day's existence are checked; no `Date` in the process time zone is kept.
 *
 * @param text - the string to check
 * @returns true for a real day
 * @example
 * ```ts
 * isCalendarDate("2024-02-29"); // true
 * isCalendarDate("2023-02-29"); // false
 * ```
 * @category Dates
 */
export function isCalendarDate(text: string): boolean {
  return ISO_DATE.test(text) && isMatch(text, "yyyy-MM-dd");
}

/**
 * A calendar day as a `YYYY-MM-DD` string: dates are data, never `Date` objects, so they never shift by a day.
 * The pattern admits only real days (2023-02-29 fails), so the JSON Schema checks them too.
 *
 * @example
 * ```ts
 * CalendarDateSchema.parse("2022-08-18");
 * ```
 * @category Dates
 */
export const CalendarDateSchema = z.iso.date();

/**
 * A calendar day as a `YYYY-MM-DD` string.
 *
 * @category Dates
 */
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/**
 * Compares two calendar days; `YYYY-MM-DD` strings order as their days do.
 *
 * @param a - a calendar day
 * @param b - another calendar day
 * @returns negative when a is earlier, 0 when equal, positive when later
 * @example
 * ```ts
 * compareCalendarDates("2022-01-02", "2021-12-31"); // 1
 * ```
 * @category Dates
 */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
