import { describe, expect, it } from "vitest";
import { parseReportSpec } from "./report-spec.js";

describe("parseReportSpec", () => {
  it("applies the defaults", () => {
    const result = parseReportSpec({ scope: { type: "region", id: "p" } });
    expect(result.value).toMatchObject({ period: { kind: "all" }, policy: "national", personalData: "masked" });
    expect(result.value?.sections).toEqual(["narrative", "figures", "roll-up", "coverage", "reconciliation", "findings", "charts"]);
  });

  it("locates every problem, in both languages, without throwing", () => {
    const result = parseReportSpec({ scope: { type: "village", id: "" }, period: { kind: "quarter", year: 2022, quarter: 5 }, sections: ["maps"] });
    expect(result.ok).toBe(false);
    expect([...new Set(result.issues.map((issue) => issue.path))].sort()).toEqual(["/period/quarter", "/scope/id", "/scope/type", "/sections/0"]);
    for (const issue of result.issues) {
      expect(issue.message["zh-CN"]).not.toBe("");
      expect(issue.message.en).not.toBe("");
    }
  });
});
