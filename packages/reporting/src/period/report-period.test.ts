import { describe, expect, it } from "vitest";
import { resolvePeriod } from "./report-period.js";

describe("resolvePeriod", () => {
  it("gives a year, a quarter and a month as inclusive days in any time zone", () => {
    expect(resolvePeriod({ kind: "year", year: 2022 })).toMatchObject({ from: "2022-01-01", to: "2022-12-31" });
    expect(resolvePeriod({ kind: "quarter", year: 2022, quarter: 3 })).toEqual({
      from: "2022-07-01",
      to: "2022-09-30",
      label: { "zh-CN": "2022年第三季度", en: "2022 Q3" },
    });
    expect(resolvePeriod({ kind: "quarter", year: 2024, quarter: 1 })).toMatchObject({ from: "2024-01-01", to: "2024-03-31" });
    expect(resolvePeriod({ kind: "month", year: 2024, month: 2 })).toMatchObject({ from: "2024-02-01", to: "2024-02-29", label: { en: "February 2024" } });
  });

  it("keeps open ends open", () => {
    expect(resolvePeriod({ kind: "custom", to: "2022-08-31" })).toEqual({ to: "2022-08-31", label: { "zh-CN": "截至2022-08-31", en: "up to 2022-08-31" } });
    expect(resolvePeriod({ kind: "all" })).toEqual({ label: { "zh-CN": "全部时间", en: "all time" } });
  });
});
