import { describe, expect, it } from "vitest";
import type { Workbook, Worksheet } from "exceljs";
import type { Report } from "../../report/report.js";
import { sampleReport } from "../../../test/support/sample-report.js";
import { renderXlsx } from "./render-xlsx.js";

type ExcelJs = typeof import("exceljs");

async function readBack(bytes: Uint8Array): Promise<{ workbook: Workbook; ExcelJS: ExcelJs }> {
  const { default: ExcelJS } = (await import("exceljs")) as unknown as { default: ExcelJs };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return { workbook, ExcelJS };
}

function sheet(workbook: Workbook, name: string): Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}: ${workbook.worksheets.map((w) => w.name).join(", ")}`);
  return found;
}

function values(worksheet: Worksheet, row: number): unknown[] {
  return Array.from({ length: worksheet.columnCount }, (_, index) => worksheet.getRow(row).getCell(index + 1).value);
}

describe("renderXlsx", () => {
  it("writes a first sheet with the report's text, then one sheet per table named after its title", async () => {
    const { workbook } = await readBack(await renderXlsx(sampleReport));
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(["报告", "主要数据", "参与服务的党员：逐级汇总", "乡镇党员教育培训中心：全覆盖情况"]);
    const first = sheet(workbook, "报告");
    const lines = first.getColumn(1).values.filter((value) => typeof value === "string");
    expect(lines.slice(0, 5)).toEqual(["示例州基层党建工作报告", "示例州及所辖各县 · 2022年", "数据截至：2022-12-31", "综述", lines[4]]);
    expect(lines).toContain("表格：参与服务的党员：逐级汇总（工作表“参与服务的党员：逐级汇总”）");
    expect(lines).toContain("图表：各县党员先锋岗（图形见 HTML 版）");
    expect(lines.slice(-3)).toEqual(["资料来源", "示例州委组织部《工作情况汇报》（2022-08）", "走访记录 & <附件>"]);
    expect(first.getCell("A1").font?.bold).toBe(true);
    const { workbook: english } = await readBack(await renderXlsx(sampleReport, { locale: "en" }));
    expect(english.worksheets.map((worksheet) => worksheet.name)).toEqual(["Report", "Figures", "Members serving roll-up", "Training centers in every towns"]);
  });

  it("freezes a bold header row, with a filter", async () => {
    const { workbook } = await readBack(await renderXlsx(sampleReport));
    const figures = sheet(workbook, "主要数据");
    expect(figures.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(values(figures, 1)).toEqual(["指标", "数值", "数值 下限", "数值 上限", "较上年", "说明"]);
    expect(figures.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(figures.getRow(1).getCell(6).font?.bold).toBe(true);
    expect(figures.autoFilter).toBeTruthy();
  });

  it("writes numbers as numbers, quantities as text plus min and max, ratios as numbers in a percent format", async () => {
    const { workbook, ExcelJS } = await readBack(await renderXlsx(sampleReport));
    const figures = sheet(workbook, "主要数据");
    expect(values(figures, 2)).toEqual(["党员先锋岗", "52个", 52, 52, -3, "=SUM(A1)"]);
    expect(values(figures, 3)).toEqual(["参与服务的党员", "400余名", 400, 500, 1234.5, "-cmd"]);
    expect(values(figures, 4)).toEqual(["投入资金", "20万元以上", 200000, null, null, "@x"]);
    expect(figures.getCell("E2").type).toBe(ExcelJS.ValueType.Number);
    expect(figures.getCell("C4").numFmt).toBe("#,##0");
    expect(figures.getCell("E3").numFmt).toBe("#,##0.0#####");
    const coverage = sheet(workbook, "乡镇党员教育培训中心：全覆盖情况");
    expect(values(coverage, 3)).toEqual(["乙县", 29 / 30, "乙县某乡"]);
    expect(coverage.getCell("B3").numFmt).toBe("0.0%");
    expect(coverage.getCell("B4").value).toBeNull();
  });

  it("writes text that looks like a formula as a plain string, never a formula", async () => {
    const { workbook, ExcelJS } = await readBack(await renderXlsx(sampleReport));
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        });
      });
    }
    expect(sheet(workbook, "主要数据").getCell("F2").type).toBe(ExcelJS.ValueType.String);
  });

  it("indents a tree table's deeper rows, adds their level, and writes the total row in bold", async () => {
    const { workbook } = await readBack(await renderXlsx(sampleReport));
    const rollUp = sheet(workbook, "参与服务的党员：逐级汇总");
    expect(values(rollUp, 1)).toEqual(["组织", "党员", "党员 下限", "党员 上限", "先锋岗", "层级"]);
    expect(rollUp.getCell("A4").alignment?.indent).toBe(2);
    expect(values(rollUp, 4)).toEqual(["甲县某镇党委", "52名", 52, 52, 12, 2]);
    expect(rollUp.getCell("A5").font?.bold).toBe(true);
    expect(rollUp.getCell("E5").font?.bold).toBe(true);
  });

  it("sizes columns counting a CJK character as two", async () => {
    const { workbook } = await readBack(await renderXlsx(sampleReport));
    const figures = sheet(workbook, "主要数据");
    // the widest, 走访户数 | 备注: 6 CJK characters = 12 columns, 3 others, plus 2
    expect(figures.getColumn(1).width).toBe(17);
    expect(figures.getColumn(2).width).toBe(12);
  });

  it("keeps the table's note as a comment on the header", async () => {
    const { workbook } = await readBack(await renderXlsx(sampleReport));
    expect(JSON.stringify(sheet(workbook, "主要数据").getCell("A1").note)).toContain("400余名按（400, 500）计");
  });

  it("masks personal data unless shown on purpose, and drops characters XML cannot hold", async () => {
    const text = (value: string) => ({ kind: "text" as const, text: { "zh-CN": value, en: value } });
    const report: Report = {
      ...sampleReport,
      sections: [
        {
          ...sampleReport.sections[1]!,
          tables: [{ id: "t", title: { "zh-CN": "表", en: "T" }, columns: [{ key: "a", label: { "zh-CN": "电话", en: "Phone" }, kind: "text" }], rows: [{ cells: { a: text("13800138000\u0001\u0008") } }] }],
        },
      ],
    };
    const masked = await readBack(await renderXlsx(report));
    expect(sheet(masked.workbook, "表").getCell("A2").value).toBe("138****8000");
    const visible = await readBack(await renderXlsx(report, { personalData: "visible" }));
    expect(sheet(visible.workbook, "表").getCell("A2").value).toBe("13800138000");
  });

  it("takes its dates from the report, not the clock", async () => {
    const { workbook } = await readBack(await renderXlsx(sampleReport));
    expect(workbook.created.toISOString()).toBe("2022-12-31T00:00:00.000Z");
  });
});
