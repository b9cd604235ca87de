import ExcelJS from "exceljs";
import { COLLECTION_NAMES, collectionLabels } from "@dangjian/core";
import { describe, expect, it } from "vitest";
import { readXlsxWorkbook } from "../spreadsheet/xlsx/index.js";
import { writeTemplateWorkbook } from "./write-template.js";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return book;
}

describe("writeTemplateWorkbook", () => {
  it("has the instructions, the dataset sheet, one sheet per collection and a hidden lists sheet, in the locale", async () => {
    const zh = await load(await writeTemplateWorkbook({ rows: 50 }));
    expect(zh.worksheets.map((sheet) => sheet.name)).toEqual([
      "填写说明",
      "数据集信息",
      ...COLLECTION_NAMES.map((collection) => collectionLabels.labels[collection]["zh-CN"]),
      "lists",
    ]);
    expect(zh.getWorksheet("lists")?.state).toBe("hidden");
    const en = await load(await writeTemplateWorkbook({ locale: "en", rows: 50 }));
    expect(en.worksheets.map((sheet) => sheet.name).slice(0, 3)).toEqual(["instructions", "meta", "documents"]);
  });

  it("writes the headers of every sheet, marking the required ones", async () => {
    const book = await load(await writeTemplateWorkbook({ rows: 50 }));
    const headers = (book.getWorksheet("观测数据")?.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(["编号 *", "指标代码 *", "统计范围类型 *", "统计范围编号 *", "截至日期", "统计期起", "统计期止", "数值 *", "来源", "备注"]);
  });

  it("puts a pick-list on enum and yes/no columns, from the labels in the locale", async () => {
    const book = await load(await writeTemplateWorkbook({ rows: 50 }));
    const people = book.getWorksheet("人员");
    const sex = people?.getCell("C2").dataValidation;
    expect(sex).toMatchObject({ type: "list", allowBlank: true });
    const [range] = sex?.formulae ?? [];
    const [, column] = /^lists!\$([A-Z]+)\$2:/.exec(String(range)) ?? [];
    const lists = book.getWorksheet("lists");
    expect([2, 3].map((row) => lists?.getCell(`${column}${row}`).value)).toEqual(["男", "女"]);
    expect(people?.getCell("I50").dataValidation?.type).toBe("list");
    // a text column has no list
    expect(people?.getCell("B2").dataValidation).toBeUndefined();
  });

  it("lists every column in the instructions with both headers and its format", async () => {
    const book = await load(await writeTemplateWorkbook({ locale: "en", rows: 10 }));
    const rows: string[][] = [];
    book.getWorksheet("instructions")?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String)));
    expect(rows.some((row) => row[0] === "observations" && row[1] === "统计范围类型" && row[2] === "Scope type" && row[3] === "scope.type" && row[4] === "yes")).toBe(true);
    expect(rows.some((row) => row.join(" ").includes("YYYY-MM-DD"))).toBe(true);
  });

  it("reads back, empty, without an issue", async () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const result = await readXlsxWorkbook(await writeTemplateWorkbook({ locale, rows: 20 }), { file: "template.xlsx" });
      expect(result.issues).toEqual([]);
      expect(result.ok).toBe(true);
    }
  });

  it("reads back filled in as a person would: labels from the lists, Excel dates, yes/no", async () => {
    const book = await load(await writeTemplateWorkbook({ rows: 20 }));
    const organizations = book.getWorksheet("党组织");
    if (!organizations) throw new Error("the template has an organizations sheet");
    organizations.getRow(2).values = ["org-1", "某县委", null, null, "地方党委"];
    organizations.getRow(3).values = ["org-2", "某支部", null, null, "党支部", "农村", "org-1"];
    // a date pasted into the text-formatted column: exceljs reads it back as the bare serial
    organizations.getCell("J3").value = new Date(Date.UTC(2001, 6, 1));
    organizations.getCell("O3").value = "是";
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const result = await readXlsxWorkbook(bytes, { file: "filled.xlsx" });
    expect(result.issues).toEqual([]);
    expect(result.dataset.organizations).toEqual([
      { id: "org-1", name: "某县委", kind: "local-committee" },
      { id: "org-2", name: "某支部", kind: "branch", sector: "village", parentId: "org-1", establishedOn: "2001-07-01", hasCommittee: true },
    ]);
  });
});
