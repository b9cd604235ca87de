import type { CalendarDate } from "@dangjian/core";

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Adds whole years to a `YYYY-MM-DD` day as date-fns `addYears` does (29 February falls back to 28 February in
 * a common year), on the string alone: the term rules run it for millions of organizations, where a round trip
 * through `Date` and `format` costs about thirty times more.
 *
 * @param day - the day, `YYYY-MM-DD`
 * @param years - whole years to add, zero or more
 * @returns the day `years` later, `YYYY-MM-DD`
 * @example
 * ```ts
 * addYearsToDay("2021-05-10", 3); // "2024-05-10"
 * addYearsToDay("2020-02-29", 1); // "2021-02-28"
 * ```
 * @category Rules
 */
export function addYearsToDay(day: CalendarDate, years: number): CalendarDate {
  const year = Number(day.slice(0, 4)) + years;
  const monthDay = day.slice(4);
  const yearText = year >= 1000 ? String(year) : String(year).padStart(4, "0");
  return yearText + (monthDay === "-02-29" && !isLeapYear(year) ? "-02-28" : monthDay);
}
