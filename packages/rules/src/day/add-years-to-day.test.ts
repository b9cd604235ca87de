import { describe, expect, it } from "vitest";
import { addDays, addYears, format, parseISO } from "date-fns";
import { addYearsToDay } from "./add-years-to-day.js";

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
