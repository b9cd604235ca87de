import { describe, expect, it } from "vitest";
import { addDays, addYears, format, parseISO } from "date-fns";
import { addYearsToDay, compareYearsAfter } from "./add-years-to-day.js";

describe("addYearsToDay", () => {
  it("adds years on the string", () => {
    expect(addYearsToDay("2021-05-10", 3)).toBe("2024-05-10");
    expect(addYearsToDay("2021-05-10", 0)).toBe("2021-05-10");
  });

  it("moves 29 February to 28 February in a common year and keeps it in a leap year", () => {
    expect(addYearsToDay("2020-02-29", 1)).toBe("2021-02-28");
    expect(addYearsToDay("2020-02-29", 4)).toBe("2024-02-29");
    expect(addYearsToDay("1996-02-29", 4)).toBe("2000-02-29");
    expect(addYearsToDay("2096-02-29", 4)).toBe("2100-02-28");
  });

  it("agrees with date-fns addYears on every day of eight years", () => {
    let day = parseISO("1996-01-01");
    for (let i = 0; i < 366 * 8; i++) {
      const text = format(day, "yyyy-MM-dd");
      for (const years of [1, 3, 4, 5, 6]) expect(addYearsToDay(text, years), `${text} + ${years}`).toBe(format(addYears(day, years), "yyyy-MM-dd"));
      day = addDays(day, 1);
    }
  });
});

describe("compareYearsAfter", () => {
  it("orders the day some years later against another day as addYearsToDay's text would", () => {
    const others = ["2019-02-28", "2019-03-01", "2020-02-28", "2020-02-29", "2021-02-28", "2021-03-01", "2023-12-31", "2024-01-01", "2024-02-29", "2025-06-15"];
    let day = parseISO("2015-12-25");
    for (let i = 0; i < 366 * 6; i += 3) {
      const text = format(day, "yyyy-MM-dd");
      for (const years of [0, 1, 3, 4, 5]) {
        const later = addYearsToDay(text, years);
        for (const other of [...others, later]) {
          expect(Math.sign(compareYearsAfter(text, years, other)), `${text} + ${years} vs ${other}`).toBe(later < other ? -1 : later > other ? 1 : 0);
        }
      }
      day = addDays(day, 3);
    }
  });
});
