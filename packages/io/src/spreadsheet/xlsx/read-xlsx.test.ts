import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { LocatedIssue } from "@dangjian/core";
import { readXlsxWorkbook } from "./read-xlsx.js";

type Row = (ExcelJS.CellValue | undefined)[];

async function workbook(sheets: Record<string, Row[]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    rows.forEach((row, index) => {
      row.forEach((value, column) => {
        if (value !== undefined) sheet.getCell(index + 1, column + 1).value = value;
      });
    });
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const find = (issues: readonly LocatedIssue[], code: string) => issues.filter((issue) => issue.code === code);
const HEADER: Row = ["编号", "名称", "组织类别", "上级党组织编号", "成立日期"];

describe("readXlsxWorkbook", () => {
  it("reads sheets named by the collection or its zh-CN label, with Excel dates as days", async () => {
    const bytes = await workbook({
      党组织: [HEADER, ["org-1", "某县委", "地方党委", null, new Date(Date.UTC(1950, 0, 1))]],
      people: [["id", "name", "sex", "inService"], ["p-1", "张三", "男", true]],
    });
    const result = await readXlsxWorkbook(bytes, { file: "data.xlsx" });
    expect(result.issues).toEqual([]);
    expect(result.dataset.organizations).toEqual([{ id: "org-1", name: "某县委", kind: "local-committee", establishedOn: "1950-01-01" }]);
    expect(result.dataset.people).toEqual([{ id: "p-1", name: "张三", sex: "male", inService: true }]);
  });

  it("locates issues by file, sheet, row and column letter, with the JSON pointer", async () => {
    const bytes = await workbook({
      党组织: [HEADER, ["org-1", "某县委", "地方党委"], ["org-2", "某支部", "党支部", "org-9"]],
    });
    const result = await readXlsxWorkbook(bytes, { file: "data.xlsx", locale: "en" });
    const [missing] = find(result.issues, "reference.missing");
    expect(missing?.path).toBe("/organizations/1/parentId");
    expect(missing?.location).toEqual({ file: "data.xlsx", sheet: "党组织", row: 3, column: "D" });
    expect(missing?.text).toMatch(/org-9/);
    expect(result.dataset.organizations.map((org) => org.id)).toEqual(["org-1"]);
  });

  it("reports 2023-02-30 typed as text at its cell", async () => {
    const bytes = await workbook({ organizations: [HEADER, ["org-1", "某县委", "地方党委", null, "2023-02-30"]] });
    const result = await readXlsxWorkbook(bytes, { file: "data.xlsx" });
    const [bad] = find(result.issues, "shape.invalid_format");
    expect(bad).toMatchObject({ path: "/organizations/0/establishedOn", location: { sheet: "organizations", row: 2, column: "E" } });
  });

  it("uses a formula's saved result with a warning, and never evaluates it", async () => {
    const bytes = await workbook({
      organizations: [
        HEADER,
        ["org-1", { formula: 'CONCAT("某","县委")', result: "某县委" }, "地方党委"],
        ["org-2", { formula: "A2&B2" }, "地方党委"],
      ],
    });
    const result = await readXlsxWorkbook(bytes, { file: "data.xlsx" });
    const [formula] = find(result.issues, "xlsx.formula");
    expect(formula).toMatchObject({
      severity: "warning",
      path: "/organizations/0/name",
      params: { formula: '=CONCAT("某","县委")' },
      location: { file: "data.xlsx", sheet: "organizations", row: 2, column: "B" },
    });
    const [noResult] = find(result.issues, "xlsx.formula_no_result");
    expect(noResult?.location).toMatchObject({ row: 3, column: "B" });
    // without a saved result the name is empty, so that row fails on its required name
    expect(find(result.issues, "shape.required")[0]?.path).toBe("/organizations/1/name");
    expect(result.dataset.organizations.map((org) => [org.id, org.name])).toEqual([["org-1", "某县委"]]);
  });

  it("reads rich text and hyperlinks as their text, and an error value as empty with a warning", async () => {
    const bytes = await workbook({
      organizations: [
        [...HEADER, "备注"],
        ["org-1", { richText: [{ text: "某" }, { text: "县委", font: { bold: true } }] }, "地方党委", null, null, { text: "链接", hyperlink: "https://example.org" }],
        ["org-2", "某县委二", "地方党委", null, null, { error: "#N/A" }],
      ],
    });
    const result = await readXlsxWorkbook(bytes);
    expect(result.dataset.organizations.map((org) => [org.name, org.note])).toEqual([
      ["某县委", "链接"],
      ["某县委二", undefined],
    ]);
    expect(find(result.issues, "xlsx.cell_error")[0]?.location).toMatchObject({ sheet: "organizations", row: 3, column: "F" });
  });

  it("warns about extra columns, errs on missing required ones and duplicate headers", async () => {
    const bytes = await workbook({
      organizations: [["编号", "名称", "name", "颜色"], ["org-1", "某县委", "别的", "红"]],
    });
    const result = await readXlsxWorkbook(bytes, { file: "data.xlsx" });
    expect(find(result.issues, "spreadsheet.header_unknown")[0]).toMatchObject({ severity: "warning", location: { row: 1, column: "D" } });
    expect(find(result.issues, "spreadsheet.header_duplicate")[0]).toMatchObject({ severity: "error", location: { row: 1, column: "C" } });
    expect(find(result.issues, "spreadsheet.column_missing")[0]).toMatchObject({ params: { field: "kind" }, location: { sheet: "organizations", row: 1 } });
    expect(result.ok).toBe(false);
  });

  it("skips an unknown sheet with a warning", async () => {
    const bytes = await workbook({ 草稿: [["a"], [1]], organizations: [HEADER, ["org-1", "某县委", "地方党委"]] });
    const result = await readXlsxWorkbook(bytes, { file: "data.xlsx" });
    expect(find(result.issues, "spreadsheet.sheet_unknown")[0]).toMatchObject({ location: { file: "data.xlsx", sheet: "草稿" } });
    expect(result.ok).toBe(true);
  });

  it("gives an empty, a binary and a truncated file xlsx.unreadable, never a throw", async () => {
    const whole = await workbook({ organizations: [HEADER, ["org-1", "某县委", "地方党委"]] });
    const inputs = {
      empty: new Uint8Array(),
      binary: new Uint8Array(4096).map((_, index) => (index * 131) % 251),
      truncated: whole.slice(0, Math.floor(whole.length / 2)),
      text: new TextEncoder().encode("id,name\n"),
    };
    for (const [name, bytes] of Object.entries(inputs)) {
      const result = await readXlsxWorkbook(bytes, { file: `${name}.xlsx` });
      expect(result.issues.map((issue) => [issue.code, issue.location]), name).toEqual([["xlsx.unreadable", { file: `${name}.xlsx` }]]);
      expect(result.ok).toBe(false);
      expect(result.dataset.organizations).toEqual([]);
    }
  });

  it("says when a workbook has no sheet it can read", async () => {
    const result = await readXlsxWorkbook(await workbook({ 草稿: [["a"]] }), { file: "data.xlsx" });
    expect(find(result.issues, "spreadsheet.no_tables")[0]).toMatchObject({ severity: "error", location: { file: "data.xlsx" } });
  });

  it("reads the dataset sheet's format version and meta", async () => {
    const bytes = await workbook({
      数据集信息: [["字段", "值"], ["格式版本", "1.0"], ["标题", "示例"], ["创建日期", new Date(Date.UTC(2023, 5, 30))], ["颜色", "红"]],
    });
    const result = await readXlsxWorkbook(bytes);
    expect(result.dataset.meta).toEqual({ title: "示例", createdOn: "2023-06-30" });
    expect(find(result.issues, "spreadsheet.meta_field_unknown")[0]?.location).toMatchObject({ row: 5, column: "A" });
  });
});
