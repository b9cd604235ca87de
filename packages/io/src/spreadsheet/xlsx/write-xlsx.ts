import type { Dataset } from "@dangjian/core";
import type { Workbook, Worksheet } from "exceljs";
import { datasetTables, type SpreadsheetWriteOptions, type WrittenTable } from "../profile/dataset-tables.js";
import { loadExcelJs, xlsxText } from "./excel-js.js";

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } } as const;
const MIN_WIDTH = 10;
const MAX_WIDTH = 40;

function width(text: string): number {
  let columns = 0;
  // a CJK character takes two columns of Excel's width unit
  for (const char of text) columns += /[\u2E80-\uFFEF]/.test(char) ? 2 : 1;
  return columns;
}

/**
 * Adds a sheet with a bold, frozen header row; text-like columns formatted as text, so that Excel keeps
 * leading zeros and long identifiers as typed.
 *
 * @param workbook - the workbook
 * @param table - the table's sheet name, headers and columns
 * @returns the sheet
 * @internal
 */
export function addTableSheet(workbook: Workbook, table: Pick<WrittenTable, "sheet" | "headers" | "columns">): Worksheet {
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  const header = sheet.addRow(table.headers.map(xlsxText));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: "thin" } };
  });
  table.headers.forEach((text, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width(text) + 2));
    const kind = table.columns[index]?.kind;
    if (kind !== "number" && kind !== "boolean") column.numFmt = "@";
  });
  return sheet;
}

/**
 * Writes a dataset as an XLSX workbook: a dataset sheet (`数据集信息` / `meta`) and one sheet per collection that
 * has records, named and headed in the locale, enum values as labels (or codes), dates and loose quantities as
 * text, numbers and booleans as such. {@link readXlsxWorkbook} reads it back as the same dataset.
 *
 * @param dataset - the dataset, typically `parseDataset(…).dataset`
 * @param options - the locale of sheet names, headers and enum labels, and whether enums are written as labels or codes
 * @returns the workbook's bytes
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * await writeFile("dataset.xlsx", await writeXlsxWorkbook(dataset, { locale: "zh-CN" }));
 * ```
 * @category Spreadsheet
 */
export async function writeXlsxWorkbook(dataset: Dataset, options: SpreadsheetWriteOptions = {}): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  for (const table of datasetTables(dataset, options)) {
    const sheet = addTableSheet(workbook, table);
    for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === "string" ? xlsxText(cell) : cell)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
