import { COLLECTION_NAMES, DEFAULT_LOCALE, FORMAT_VERSION, type EnumLabels, type Locale } from "@dangjian/core";
import type { Workbook, Worksheet } from "exceljs";
import { sheetColumns, type SheetColumn } from "../spreadsheet/profile/columns.js";
import { META_COLUMN_HEADERS, META_HEADERS } from "../spreadsheet/profile/header-catalogue.js";
import { columnHeader, columnHeaders } from "../spreadsheet/profile/headers.js";
import { INSTRUCTIONS_SHEET_NAMES, LISTS_SHEET_NAME, META_SHEET_NAMES, sheetName } from "../spreadsheet/profile/sheet-names.js";
import { columnLetter } from "../spreadsheet/profile/table.js";
import { addTableSheet } from "../spreadsheet/xlsx/write-xlsx.js";
import { loadExcelJs } from "../spreadsheet/xlsx/excel-js.js";
import { KIND_WORDS, TEMPLATE_WORDS } from "./words.js";

/**
 * Options of {@link writeTemplateWorkbook}.
 *
 * @category Spreadsheet
 */
export interface TemplateOptions {
  /** The language of sheet names, headers, pick-lists and instructions; zh-CN when omitted. */
  readonly locale?: Locale;
  /** How many rows under each header get the pick-lists; 1000 when omitted. */
  readonly rows?: number;
}

interface DataValidationTarget {
  readonly dataValidations: { add(address: string, validation: Record<string, unknown>): void };
}

// one pick-list column per enum on the hidden lists sheet, shared by every sheet that uses the enum
function addLists(workbook: Workbook, locale: Locale): Map<string, string> {
  const sheet = workbook.addWorksheet(LISTS_SHEET_NAME, { state: "hidden" });
  const ranges = new Map<string, string>();
  const tables = new Map<string, EnumLabels | "boolean">();
  for (const collection of COLLECTION_NAMES) {
    for (const column of sheetColumns(collection)) {
      if (column.kind === "enum" && column.labels) tables.set(column.labels.name, column.labels);
      if (column.kind === "boolean") tables.set("boolean", "boolean");
    }
  }
  let at = 0;
  for (const [name, table] of tables) {
    const values =
      table === "boolean"
        ? locale === "zh-CN" ? ["是", "否"] : ["true", "false"]
        : table.values.map((value) => table.labels[value]?.[locale] ?? value);
    const letter = columnLetter(at++);
    sheet.getCell(`${letter}1`).value = name;
    values.forEach((value, index) => {
      sheet.getCell(`${letter}${index + 2}`).value = value;
    });
    ranges.set(name, `${LISTS_SHEET_NAME}!$${letter}$2:$${letter}$${values.length + 1}`);
  }
  return ranges;
}

function listName(column: SheetColumn): string | undefined {
  if (column.kind === "boolean") return "boolean";
  return column.kind === "enum" ? column.labels?.name : undefined;
}

function addValidations(sheet: Worksheet, columns: readonly SheetColumn[], ranges: Map<string, string>, rows: number, locale: Locale): void {
  columns.forEach((column, index) => {
    const name = listName(column);
    const range = name === undefined ? undefined : ranges.get(name);
    if (range === undefined) return;
    const letter = columnLetter(index);
    (sheet as unknown as DataValidationTarget).dataValidations.add(`${letter}2:${letter}${rows + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [range],
      showErrorMessage: true,
      // a warning, not a stop: codes and labels in the other language are accepted too
      errorStyle: "warning",
      errorTitle: TEMPLATE_WORDS.invalidTitle[locale],
      error: TEMPLATE_WORDS.invalidText[locale],
    });
  });
}

function valuesText(column: SheetColumn, locale: Locale): string {
  if (!column.values) return "";
  return column.values.map((value) => column.labels?.labels[value]?.[locale] ?? value).join(locale === "zh-CN" ? "、" : ", ");
}

function addInstructions(workbook: Workbook, locale: Locale): void {
  const sheet = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAMES[locale]);
  sheet.addRow([TEMPLATE_WORDS.title[locale]]).font = { bold: true, size: 14 };
  TEMPLATE_WORDS.rules.forEach((rule, index) => sheet.addRow([`${index + 1}. ${rule[locale]}`]));
  sheet.addRow([]);
  const words = TEMPLATE_WORDS.columns;
  const header = sheet.addRow([words.sheet, words.headerZh, words.headerEn, words.field, words.required, words.format, words.values].map((word) => word[locale]));
  header.font = { bold: true };
  for (const collection of COLLECTION_NAMES) {
    for (const column of sheetColumns(collection)) {
      const headers = columnHeaders(collection, column.key);
      sheet.addRow([
        sheetName(collection, locale),
        headers?.["zh-CN"] ?? column.key,
        headers?.en ?? column.key,
        column.key,
        column.required ? TEMPLATE_WORDS.yes[locale] : "",
        KIND_WORDS[column.kind][locale],
        valuesText(column, locale),
      ]);
    }
  }
  [14, 22, 26, 22, 8, 40, 60].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
}

/**
 * Writes an empty workbook to fill in: an instructions sheet (what each sheet holds, the header catalogue with
 * each column's format and values, how to write dates, quantities, yes/no, lists and nested fields), a dataset
 * sheet, and one sheet per collection with its headers (required ones marked `*`), text formatting on text
 * columns, and pick-lists (Excel data validation) on enum and yes/no columns, all in the locale.
 * {@link readXlsxWorkbook} reads it back filled in, skipping the instructions and the hidden lists sheet.
 *
 * @param options - the locale, and how many rows get the pick-lists
 * @returns the workbook's bytes
 * @example
 * ```ts
 * import { writeFile } from "node:fs/promises";
 * await writeFile("template.xlsx", await writeTemplateWorkbook({ locale: "zh-CN" }));
 * ```
 * @category Spreadsheet
 */
export async function writeTemplateWorkbook(options: TemplateOptions = {}): Promise<Uint8Array> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const rows = options.rows ?? 1000;
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  addInstructions(workbook, locale);
  const meta = addTableSheet(workbook, {
    sheet: META_SHEET_NAMES[locale],
    headers: [META_COLUMN_HEADERS.field[locale], META_COLUMN_HEADERS.value[locale]],
    columns: [],
  });
  for (const field of Object.keys(META_HEADERS)) {
    meta.addRow([META_HEADERS[field]?.[locale] ?? field, field === "formatVersion" ? FORMAT_VERSION : null]);
  }
  const sheets = COLLECTION_NAMES.map((collection) => {
    const columns = sheetColumns(collection);
    const headers = columns.map((column) => columnHeader(collection, column, locale) + (column.required ? " *" : ""));
    return { sheet: addTableSheet(workbook, { sheet: sheetName(collection, locale), headers, columns }), columns };
  });
  const ranges = addLists(workbook, locale);
  for (const { sheet, columns } of sheets) addValidations(sheet, columns, ranges, rows, locale);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
