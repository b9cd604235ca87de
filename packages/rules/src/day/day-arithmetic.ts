import type { CalendarDate } from "@dangjian/core";
import { addYearsToDay } from "./add-years-to-day.js";

const DAY_MS = 86_400_000;

/**
 * The day before a `YYYY-MM-DD` day, on the string (in UTC across a month's start), so no process time zone can
 * shift it; the term rule runs it for every first-secretary holding, where date-fns `subDays` and `format` cost
 * far more.
 *
 * @param day - the day, `YYYY-MM-DD`
 * @returns the day before, `YYYY-MM-DD`
 * @internal
 */
export function dayBefore(day: CalendarDate): CalendarDate {
  const dayOfMonth = Number(day.slice(8, 10));
  // within a month only the day changes; the first of a month goes through Date
  if (dayOfMonth > 1) return `${day.slice(0, 8)}${String(dayOfMonth - 1).padStart(2, "0")}`;
  return new Date((dayNumber(day) - 1) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole years from one day to a later one, counted as `addYearsToDay` adds them: the largest `n` with
 * `addYearsToDay(since, n) <= day`, and 0 when `day` is before `since`.
 *
 * @param since - the first day, `YYYY-MM-DD`
 * @param day - the later day, `YYYY-MM-DD`
 * @returns the whole years, zero or more
 * @internal
 */
export function wholeYearsBetween(since: CalendarDate, day: CalendarDate): number {
  if (day < since) return 0;
  const years = Number(day.slice(0, 4)) - Number(since.slice(0, 4));
  return addYearsToDay(since, years) <= day ? years : years - 1;
}

function dayNumber(day: CalendarDate): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/**
 * Calendar days from one day to another (`differenceInCalendarDays` on the strings, in UTC), negative when
 * `to` is before `from`.
 *
 * @param from - the first day, `YYYY-MM-DD`
 * @param to - the second day, `YYYY-MM-DD`
 * @returns the number of days
 * @internal
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}
