import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Report } from "../../report/report.js";
import { expectGolden } from "../../../test/support/expect-golden.js";
import { sampleReport } from "../../../test/support/sample-report.js";
import { renderCsv, renderCsvFiles } from "./render-csv.js";

/** Reads CSV back with fast-csv, the parser exceljs uses to open CSV files, keeping every field as text. */
async function parseCsv(csv: string): Promise<string[][]> {
  const { default: ExcelJS } = (await import("exceljs")) as unknown as { default: typeof import("exceljs") };
  const worksheet = await new ExcelJS.Workbook().csv.read(Readable.from([csv.replace(/^\uFEFF/, "")]), { map: (datum: string) => datum });
  const rows: string[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: worksheet.columnCount }, (_, index) => String(row.getCell(index + 1).value ?? "")));
  });
  return rows;
}

describe("renderCsv", () => {
  it("matches the golden files, one per table, in both languages", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      for (const file of renderCsvFiles(sampleReport, { locale })) expectGolden(`csv.${locale}.${file.name}`, file.content);
    }
  });

  it("is UTF-8 with a byte order mark and CRLF line ends (RFC 4180)", () => {
    const csv = renderCsv(sampleReport);
    expect(csv.startsWith("\uFEFF指标,数值,数值 下限,数值 上限,较上年,说明\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/"[^"]*"/g, "").replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("quotes fields with a comma, a quote, CR or LF, doubling quotes, and reads back the same", async () => {
    const csv = renderCsv(sampleReport);
    expect(csv).toContain('\r\n走访户数 | 备注,近1万户,9000,10000,,"甲, 乙 ""丙""\n第二行 \\ 反斜杠"\r\n');
    const rows = await parseCsv(csv);
    expect(rows[4]).toEqual(["走访户数 | 备注", "近1万户", "9000", "10000", "", '甲, 乙 "丙"\n第二行 \\ 反斜杠']);
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((row) => row.length))).toEqual(new Set([6]));
  });

  it("neutralizes text that a spreadsheet would run as a formula, and leaves numbers alone", async () => {
    const rows = await parseCsv(renderCsv(sampleReport));
    expect(rows.map((row) => row[5])).toEqual(["说明", "'=SUM(A1)", "'-cmd", "'@x", '甲, 乙 "丙"\n第二行 \\ 反斜杠', "138****8000；+1；\t制表"]);
    // the change column holds numbers: -3 is a number, not a formula
    expect(rows[1]?.[4]).toBe("-3");
    const text = (value: string) => ({ kind: "text" as const, text: { "zh-CN": value, en: value } });
    const hostile: Report = {
      ...sampleReport,
      sections: [
        {
          ...sampleReport.sections[1]!,
          tables: [
            {
              id: "hostile",
              title: { "zh-CN": "=标题", en: "=title" },
              columns: [{ key: "a", label: { "zh-CN": "+表头", en: "+header" }, kind: "text" }],
              rows: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "a=b", "'quoted"].map((value) => ({ cells: { a: text(value) } })),
            },
          ],
        },
      ],
    };
    expect(await parseCsv(renderCsv(hostile))).toEqual([["'+表头"], ["'=1+1"], ["'+1"], ["'-1"], ["'@SUM(A1)"], ["'\tx"], ["'\rx"], ["a=b"], ["'quoted"]]);
  });

  it("writes a quantity as its text with min and max as numbers, empty when unbounded, and a ratio as a number", () => {
    const csv = renderCsv(sampleReport, { locale: "en" });
    expect(csv).toContain("\uFEFFIndicator,Value,Value min,Value max,Change,Remark\r\n");
    expect(csv).toContain("\r\nMembers serving,400+,400,500,1234.5,'-cmd\r\n");
    expect(csv).toContain('\r\nFunds invested,"at least 200,000 yuan",200000,,,\'@x\r\n');
    expect(renderCsv(sampleReport, { table: "coverage-training" })).toBe("\uFEFF县,覆盖率,未覆盖\r\n甲县,1,\r\n乙县,0.9666666666666667,乙县某乡\r\n丙县,,\r\n");
  });

  it("adds each row's level to a tree-shaped table", () => {
    expect(renderCsv(sampleReport, { table: "roll-up-members" })).toBe(
      "\uFEFF组织,党员,党员 下限,党员 上限,先锋岗,层级\r\n示例州委,452至552名,452,552,52,0\r\n甲县委,400余名,400,500,40,1\r\n甲县某镇党委,52名,52,52,12,2\r\n合计,452至552名,452,552,52,\r\n",
    );
  });

  it("writes the first table of the first figures section by default, else the first table", () => {
    expect(renderCsv(sampleReport)).toBe(renderCsv(sampleReport, { table: "figures" }));
    const noFigures: Report = { ...sampleReport, sections: sampleReport.sections.filter((section) => section.kind !== "figures") };
    expect(renderCsv(noFigures)).toBe(renderCsv(sampleReport, { table: "roll-up-members" }));
    expect(renderCsv({ ...sampleReport, sections: [] })).toBe("\uFEFF");
  });

  it("throws DangjianError for a table id the report does not have", () => {
    expect(() => renderCsv(sampleReport, { table: "nope" })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("masks personal data unless shown on purpose", () => {
    expect(renderCsv(sampleReport)).not.toContain("13800138000");
    expect(renderCsv(sampleReport, { personalData: "visible" })).toContain("13800138000");
  });
});

describe("renderCsvFiles", () => {
  it("writes one file per table, named after its id", () => {
    const files = renderCsvFiles(sampleReport);
    expect(files.map((file) => file.name)).toEqual(["figures.csv", "roll-up-members.csv", "coverage-training.csv"]);
    expect(files[1]?.content).toBe(renderCsv(sampleReport, { table: "roll-up-members" }));
  });

  it("keeps names unique and inside the folder even for a hand-edited model", () => {
    const table = sampleReport.sections[1]!.tables[0]!;
    const report: Report = { ...sampleReport, sections: [{ ...sampleReport.sections[1]!, tables: [table, table, { ...table, id: "../../etc/passwd" }] }] };
    expect(renderCsvFiles(report).map((file) => file.name)).toEqual(["figures.csv", "figures-2.csv", "etc-passwd.csv"]);
  });
});
