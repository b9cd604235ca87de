import type { CalendarDate } from "../calendar/calendar-date.js";

/**
 * Tells whether a span of days covers a day. Both ends are inclusive; a missing `from` means the span began
 * before any day asked about, a missing `to` that it still runs. Dates are compared as `YYYY-MM-DD` strings,
 * never as `Date` objects, so no time zone can shift them.
 *
 * @param span - a record with optional `from` and `to` days (a membership, a holding, an affiliation …)
 * @param day - the day, as `YYYY-MM-DD`
 * @returns true when `from <= day <= to`, the missing ends open
 * @example
 * ```ts
 * coversDay({ from: "2020-01-01", to: "2020-06-30" }, "2020-06-30"); // true
 * coversDay({ from: "2020-01-01", to: "2020-06-30" }, "2020-07-01"); // false
 * coversDay({ from: "2020-01-01" }, "2030-01-01"); // true
 * ```
 * @category Index
 */
export function coversDay(
  span: { readonly from?: CalendarDate | undefined; readonly to?: CalendarDate | undefined },
  day: CalendarDate,
): boolean {
  return (span.from === undefined || span.from <= day) && (span.to === undefined || day <= span.to);
}
