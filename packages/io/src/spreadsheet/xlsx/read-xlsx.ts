import { createIssue, type Issue, type IssueLocation } from "@dangjian/core";
import type { CellValue as ExcelCellValue, Worksheet } from "exceljs";
import type { CellValue } from "../profile/cell.js";
import { spreadsheetMessages as messages } from "../profile/messages.js";
import { readTables, type SpreadsheetReadOptions, type SpreadsheetReadResult } from "../profile/read-tables.js";
import { columnLetter, type SheetTable, type TableRow } from "../profile/table.js";
import { loadExcelJs } from "./excel-js.js";

/**
 * Options of {@link readXlsxWorkbook}.
 *
 * @category Spreadsheet
 */
export interface XlsxReadOptions extends SpreadsheetReadOptions {
  /** The file's name or path, put on every issue's location. */
  readonly file?: string;
}

type Note = (code: "xlsx.formula" | "xlsx.formula_no_result" | "xlsx.cell_error", params: Record<string, unknown>) => void;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

function richText(value: unknown): string | undefined {
  if (isObject(value) && Array.isArray(value["richText"])) {
    return (value["richText"] as { text?: unknown }[]).map((run) => String(run.text ?? "")).join("");
  }
  return undefined;
}

// exceljs gives a formula as { formula | sharedFormula, result }: the result is what Excel saved, never evaluated here
function cellValue(value: ExcelCellValue | undefined, note: Note): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) {
    return value;
  }
  if (!isObject(value)) return null;
  if ("formula" in value || "sharedFormula" in value) {
    const formula = `=${String(value["formula"] ?? value["sharedFormula"] ?? "")}`;
    const result = value["result"];
    if (result === undefined || result === null) {
      note("xlsx.formula_no_result", { formula });
      return null;
    }
    if (isObject(result) && "error" in result) {
      note("xlsx.cell_error", { error: String(result["error"]) });
      return null;
    }
    note("xlsx.formula", { formula });
    return cellValue(result as ExcelCellValue, () => undefined);
  }
  if ("error" in value) {
    note("xlsx.cell_error", { error: String(value["error"]) });
    return null;
  }
  const rich = richText(value);
  if (rich !== undefined) return rich;
  if ("text" in value) return richText(value["text"]) ?? String(value["text"] ?? "");
  return null;
}

function headerText(value: ExcelCellValue | undefined): string {
  const cell = cellValue(value, () => undefined);
  return cell === null ? "" : cell instanceof Date ? cell.toISOString() : String(cell).trim();
}

function readSheet(sheet: Worksheet, file: string | undefined, issues: Issue[]): SheetTable {
  const base: IssueLocation = { ...(file !== undefined ? { file } : {}), sheet: sheet.name };
  const header = sheet.getRow(1);
  let width = header.cellCount;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    width = Math.max(width, row.cellCount);
  });
  const headers = Array.from({ length: width }, (_, index) => headerText(header.getCell(index + 1).value));
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = Array.from({ length: width }, (_, index) =>
      cellValue(row.getCell(index + 1).value, (code, params) => {
        issues.push(
          createIssue(code, messages[code], {
            path: "",
            params,
            location: { ...base, row: rowNumber, column: columnLetter(index) },
          }),
        );
      }),
    );
    rows.push({ row: rowNumber, cells });
  });
  return { ...(file !== undefined ? { file } : {}), sheet: sheet.name, name: sheet.name, headerRow: 1, headers, rows, columnNaming: "letter" };
}

/**
 * Reads an XLSX workbook, one sheet per collection (named `organizations` or `党组织` …; a `数据集信息` / `meta`
 * sheet for the dataset's own fields), into an exchange document, validates it with `parseDataset` and locates
 * every issue to its file, sheet, row and column letter. Never throws on data: an empty, corrupt or truncated
 * file gives `xlsx.unreadable`; a formula gives a warning and its saved result is used (formulas are never
 * evaluated); the valid rows survive.
 *
 * @param bytes - the workbook's bytes
 * @param options - the file's name for locations, and the locale of the issues' `text`
 * @returns the document, the valid dataset and the located issues
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * const result = await readXlsxWorkbook(await readFile("pairings.xlsx"), { file: "pairings.xlsx", locale: "en" });
 * for (const { location, text } of result.issues) console.log(location?.sheet, location?.row, location?.column, text);
 * ```
 * @category Spreadsheet
 */
export async function readXlsxWorkbook(bytes: Uint8Array, options: XlsxReadOptions = {}): Promise<SpreadsheetReadResult> {
  const fallback: IssueLocation | undefined = options.file !== undefined ? { file: options.file } : undefined;
  const issues: Issue[] = [];
  const tables: SheetTable[] = [];
  const unreadable = () =>
    createIssue("xlsx.unreadable", messages["xlsx.unreadable"], {
      path: "",
      params: { file: options.file ?? "" },
      ...(fallback ? { location: fallback } : {}),
    });
  try {
    if (bytes.length === 0) throw new Error("empty");
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    for (const sheet of workbook.worksheets) tables.push(readSheet(sheet, options.file, issues));
  } catch {
    // exceljs and its zip reader throw on anything that is not a whole workbook: the cause is the file
    issues.length = 0;
    tables.length = 0;
    issues.push(unreadable());
  }
  return readTables(tables, issues, { ...options, ...(fallback ? { fallback } : {}) });
}
