import { describe, expect, it } from "vitest";
import { coversDay } from "./covers-day.js";

describe("coversDay", () => {
  it("includes both ends of the span", () => {
    const span = { from: "2020-01-01", to: "2020-06-30" };
    expect(coversDay(span, "2019-12-31")).toBe(false);
    expect(coversDay(span, "2020-01-01")).toBe(true);
    expect(coversDay(span, "2020-06-30")).toBe(true);
    expect(coversDay(span, "2020-07-01")).toBe(false);
  });

  it("treats a missing start as long ago and a missing end as still running", () => {
    expect(coversDay({ to: "2020-06-30" }, "1900-01-01")).toBe(true);
    expect(coversDay({ from: "2020-01-01" }, "2999-12-31")).toBe(true);
    expect(coversDay({}, "2020-01-01")).toBe(true);
  });

  it("compares days as strings, across month and year ends", () => {
    expect(coversDay({ from: "2019-12-31", to: "2020-01-01" }, "2020-01-01")).toBe(true);
    expect(coversDay({ from: "2020-02-29", to: "2020-02-29" }, "2020-02-29")).toBe(true);
    expect(coversDay({ from: "2020-02-29", to: "2020-02-29" }, "2020-03-01")).toBe(false);
  });
});
