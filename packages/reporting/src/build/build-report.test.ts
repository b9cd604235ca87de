import { describe, expect, it } from "vitest";
import { isDangjianError, parseQuantity } from "@dangjian/core";
import { countyIndex } from "../../test/support/county.js";
import { ReportSchema } from "../report/report.js";
import { buildReport } from "./build-report.js";

const YEAR = { kind: "year", year: 2022 } as const;
const PROVINCE = { type: "region", id: "p" } as const;

describe("buildReport", () => {
  it("gives a valid report model with the sections asked for, in order", () => {
    const report = buildReport(countyIndex(), { scope: PROVINCE, period: YEAR, sections: ["figures", "narrative", "coverage"] });
    expect(ReportSchema.safeParse(report).success).toBe(true);
    expect(report.sections.map((section) => section.kind)).toEqual(["figures", "narrative", "coverage"]);
    expect(report).toMatchObject({
      title: { "zh-CN": "某省基层党建样例" },
      subtitle: { "zh-CN": "某省 · 2022年", en: "Sample Province · 2022" },
      period: { from: "2022-01-01", to: "2022-12-31" },
      asOf: "2022-12-31",
      sources: [{ documentId: "work-report", date: "2022-12" }],
    });
  });

  it("is the same model for the same inputs, whatever the order of the records", () => {
    const spec = { scope: PROVINCE, period: YEAR };
    const shuffled = countyIndex((document) => {
      for (const list of Object.values(document)) if (Array.isArray(list)) list.reverse();
    });
    const a = buildReport(countyIndex(), spec);
    expect(JSON.stringify(buildReport(countyIndex(), spec))).toBe(JSON.stringify(a));
    // figures keep dataset order, so compare the set of rows and the findings
    const rows = (report: typeof a) => report.sections.flatMap((section) => section.tables.flatMap((table) => table.rows.map((row) => JSON.stringify(row)))).sort();
    expect(rows(buildReport(shuffled, spec))).toEqual(rows(a));
  });

  it("shows only the figures within the scope and the period", () => {
    const figures = (report: ReturnType<typeof buildReport>) => report.sections.find((section) => section.kind === "figures")?.tables[0]?.rows.length;
    const index = countyIndex();
    expect(figures(buildReport(index, { scope: PROVINCE, period: YEAR }))).toBe(8);
    expect(figures(buildReport(index, { scope: PROVINCE, period: { kind: "year", year: 2021 } }))).toBe(1);
    expect(figures(buildReport(index, { scope: PROVINCE, period: { kind: "all" }, asOf: "2022-12-31" }))).toBe(10);
    expect(figures(buildReport(index, { scope: { type: "region", id: "c2" }, period: YEAR }))).toBe(2);
    expect(figures(buildReport(index, { scope: { type: "organization", id: "org-c1" }, period: YEAR }))).toBe(1);
  });

  it("writes a narrative that states every figure it shows, in both languages", () => {
    const report = buildReport(countyIndex(), { scope: PROVINCE, period: YEAR });
    const narrative = report.sections.find((section) => section.kind === "narrative")!;
    const zh = narrative.paragraphs.map((paragraph) => paragraph["zh-CN"]).join("");
    expect(zh).toContain("甲县各级党组织设定党员先锋岗5个。组织400余名驻村力量参与疫情排查。");
    expect(narrative.paragraphs[0]?.en).toBe(
      "Party organizations in County A set up 5 Party member vanguard posts. They mobilized more than 400 village-based cadres for epidemic screening.",
    );
    for (const row of report.sections.find((section) => section.kind === "figures")!.tables[0]!.rows) {
      const value = row.cells["value"];
      if (value?.kind !== "quantity") throw new Error("a figure without a quantity");
      expect(zh).toContain(value.text["zh-CN"]);
    }
  });

  it("limits roll-up tables to the grouping level", () => {
    const rows = (groupBy: "county" | "village" | number) =>
      buildReport(countyIndex(), { scope: PROVINCE, period: YEAR, groupBy, sections: ["roll-up"] })
        .sections[0]!.tables.find((table) => table.id === "roll-up-village-collective-income")!
        .rows.map((row) => row.depth);
    expect(rows("county")).toEqual([0, 1]);
    expect(rows("village")).toEqual([0, 1, 2, 3]);
    expect(rows(2)).toEqual([0, 1, 2]);
  });

  it("measures coverage within the scope, naming what is missing", () => {
    const report = buildReport(countyIndex(), { scope: PROVINCE, period: YEAR, sections: ["coverage"] });
    const [centers] = report.sections[0]!.tables[0]!.rows;
    expect(centers?.cells["ratio"]).toMatchObject({ kind: "ratio", text: { "zh-CN": "2/3（66.7%）" } });
    expect(centers?.cells["missing"]).toMatchObject({ text: { "zh-CN": "三乡" } });
    const county = buildReport(countyIndex(), { scope: { type: "region", id: "c1" }, period: YEAR, sections: ["coverage"] });
    expect(county.sections[0]!.tables[0]!.rows[0]?.cells["ratio"]).toMatchObject({ value: 1 });
  });

  it("reconciles figures with the records", () => {
    const report = buildReport(countyIndex(), { scope: PROVINCE, period: YEAR, sections: ["reconciliation"] });
    const statuses = report.sections[0]!.tables[0]!.rows.map((row) => [row.cells["scope"], row.cells["status"]].map((cell) => (cell?.kind === "text" ? cell.text.en : "")));
    expect(statuses).toEqual([
      ["County A", "consistent"],
      ["County B", "partial records"],
      ["Sample Province", "partial records"],
    ]);
  });

  it("reports rule findings within the scope under the policy named", () => {
    const index = countyIndex((document) => {
      document["sites"]!.push({ id: "center-3", name: "三乡培训中心", kind: "training-center", level: "township", regionId: "t21" });
      document["observations"]!.push({ id: "obs-too-few", indicator: "site.vanguard-post.count", scope: { type: "region", id: "t11" }, asOf: "2022", value: "1个" });
    });
    const report = buildReport(index, { scope: PROVINCE, period: YEAR, sections: ["findings"], policy: "one-link-two-helps-three-governances" });
    const rules = report.sections[0]!.tables[0]!.rows.map((row) => (row.cells["rule"]?.kind === "text" ? row.cells["rule"].text.en : ""));
    expect(rules).toContain("REC-001");
    expect(report.sections[0]!.paragraphs[0]?.en).toMatch(/^Checked against .* \(one-link-two-helps-three-governances@1\) as of 2022-12-31: 1 errors/);
  });

  it("gives charts as Vega-Lite specifications with their data inline", () => {
    const report = buildReport(countyIndex(), { scope: PROVINCE, period: YEAR, sections: ["charts"] });
    const charts = report.sections[0]!.charts;
    expect(charts.map((chart) => chart.id)).toEqual(["coverage", "reconciliation", "roll-up-site-vanguard-post-count", "roll-up-activity-epidemic-screening-participant-count"]);
    const spec = charts[2]!.spec.en as { data: { values: unknown[] } };
    expect(spec.data.values).toEqual([
      { name: "County A", value: 5 },
      { name: "County B", value: 3 },
    ]);
  });

  it("masks personal data unless asked to show it", () => {
    const masked = JSON.stringify(buildReport(countyIndex(), { scope: PROVINCE, period: YEAR }));
    expect(masked).not.toContain("13800138000");
    expect(masked).not.toContain("11010519491231002X");
    expect(masked).toContain("138****8000");
    const visible = JSON.stringify(buildReport(countyIndex(), { scope: PROVINCE, period: YEAR, personalData: "visible" }));
    expect(visible).toContain("13800138000");
  });

  it("throws a typed error for a spec it cannot build", () => {
    const index = countyIndex();
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isDangjianError(error) ? error.code : "untyped";
      }
      return "no error";
    };
    expect(codeOf(() => buildReport(index, { scope: { type: "region", id: "nowhere" } }))).toBe("invalid_argument");
    expect(codeOf(() => buildReport(index, { scope: PROVINCE, period: YEAR, policy: "no-such-policy" }))).toBe("invalid_argument");
    expect(codeOf(() => buildReport(index, { scope: PROVINCE, period: { kind: "quarter", year: 2022, quarter: 5 } } as never))).toBe("invalid_argument");
    expect(parseQuantity("5个").ok).toBe(true);
  });
});
