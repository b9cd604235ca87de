import { describe, expect, it } from "vitest";
import { countyIndex } from "../../test/support/county.js";
import { expectGolden } from "../../test/support/expect-golden.js";
import { render } from "../render/format/render.js";
import { buildReport } from "./build-report.js";

// the small sample dataset, built and rendered in every format: any change in what a user sees shows here
const report = () => buildReport(countyIndex(), { scope: { type: "region", id: "p" }, period: { kind: "year", year: 2022 }, groupBy: "county" });
const here = new URL("./", import.meta.url);

describe("the sample province's report, rendered", () => {
  for (const locale of ["zh-CN", "en"] as const) {
    it(`as Markdown (${locale})`, async () => {
      expectGolden(`county.${locale}.md`, await render(report(), "markdown", { locale }), here);
    });
    it(`as HTML (${locale})`, async () => {
      expectGolden(`county.${locale}.html`, await render(report(), "html", { locale }), here);
    });
    it(`as CSV (${locale})`, async () => {
      expectGolden(`county.${locale}.csv`, await render(report(), "csv", { locale }), here);
    });
  }

  it("as JSON", async () => {
    expectGolden("county.json", await render(report(), "json"), here);
  });

  it("as XLSX, one sheet per table after the summary", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await render(report(), "xlsx", { locale: "zh-CN" })).buffer as ArrayBuffer);
    const tables = report().sections.flatMap((section) => section.tables);
    expect(workbook.worksheets).toHaveLength(tables.length + 1);
    const figures = workbook.worksheets[1]!;
    expect(figures.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const header = (figures.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(["范围", "指标", "数值"]);
    // 400余名 as text, with its bounds as numbers
    const row = figures.getRow(5).values as unknown[];
    expect(row).toContain("400余名");
    expect(row).toContain(400);
    expect(row).toContain(500);
  });
});
