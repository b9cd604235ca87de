import { describe, expect, it } from "vitest";
import { CalendarDateSchema, compareCalendarDates, isCalendarDate } from "./calendar-date.js";

describe("calendar dates", () => {
  it("accept only real days as YYYY-MM-DD, whatever the process time zone", () => {
    for (const day of ["2024-02-29", "2022-08-31", "2000-02-29", "1949-10-01"]) {
      expect(isCalendarDate(day), day).toBe(true);
      expect(CalendarDateSchema.safeParse(day).success, day).toBe(true);
    }
    for (const bad of ["2023-02-29", "2023-02-30", "1900-02-29", "2022-13-01", "2022-8-1", "20220801", "2022-08-01T00:00"]) {
      expect(isCalendarDate(bad), bad).toBe(false);
      expect(CalendarDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("keep the day as given: parsing never shifts it", () => {
    expect(CalendarDateSchema.parse("2022-01-01")).toBe("2022-01-01");
  });

  it("order as their days do", () => {
    expect(compareCalendarDates("2021-12-31", "2022-01-01")).toBeLessThan(0);
    expect(compareCalendarDates("2022-01-01", "2022-01-01")).toBe(0);
    expect(compareCalendarDates("2022-10-01", "2022-09-30")).toBeGreaterThan(0);
  });
});
