import type { Locale } from "@dangjian/core";
import type { Workbook, Worksheet } from "exceljs";
import type { Report, ReportTable } from "../../report/report.js";
import { prepareRender, type RenderOptions } from "../common/render-options.js";
import { RENDER_WORDS } from "../common/render-words.js";
import { flattenTable, type FlatColumnKind, type FlatValue } from "../flat-table/flatten-table.js";
import { makeSheetNames } from "./sheet-names.js";
import { textWidth } from "./text-width.js";

type ExcelJs = typeof import("exceljs");

// Characters XML 1.0 cannot hold: written raw they make Excel "repair" the file.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } } as const;

// exceljs is CommonJS: Node's import() gives it as `default`, a bundler may give its exports directly.
async function loadExcelJs(): Promise<ExcelJs> {
  const module = (await import("exceljs")) as ExcelJs & { default?: ExcelJs };
  return module.default ?? module;
}

function xlsxText(text: string): string {
  return text.replace(NOT_XML, "");
}

function numberFormat(kind: FlatColumnKind, value: number): string | undefined {
  if (kind === "ratio") return "0.0%";
  if (kind === "level") return undefined;
  return Number.isInteger(value) ? "#,##0" : "#,##0.0#####";
}

function valueWidth(value: FlatValue): number {
  if (value === null) return 0;
  // grouping separators and a percent sign or decimals take a few more columns than the digits
  if (typeof value === "number") return String(Math.round(Math.abs(value))).length + 6;
  return textWidth(value);
}

function addTableSheet(workbook: Workbook, name: string, table: ReportTable, locale: Locale): void {
  const flat = flattenTable(table, locale);
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  const widths = flat.columns.map((column) => textWidth(column.header));
  const header = sheet.addRow(flat.columns.map((column) => xlsxText(column.header)));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = { bottom: { style: "thin" } };
    cell.alignment = { vertical: "top", wrapText: true };
  });
  // the note goes on the header rather than under the rows, so the sheet stays a clean table for analysis
  if (table.note && flat.columns.length > 0) header.getCell(1).note = xlsxText(table.note[locale]);
  for (const flatRow of flat.rows) {
    const row = sheet.addRow(flatRow.values.map((value) => (typeof value === "string" ? xlsxText(value) : value)));
    flatRow.values.forEach((value, index) => {
      const cell = row.getCell(index + 1);
      const kind = flat.columns[index]?.kind ?? "text";
      if (typeof value === "number") {
        const format = numberFormat(kind, value);
        if (format !== undefined) cell.numFmt = format;
      } else if (typeof value === "string" && /[\r\n]/.test(value)) {
        cell.alignment = { vertical: "top", wrapText: true };
      }
      const indent = index === 0 ? flatRow.depth : 0;
      if (indent > 0) cell.alignment = { ...cell.alignment, indent };
      widths[index] = Math.max(widths[index] ?? 0, valueWidth(value) + indent * 2);
      if (flatRow.total) {
        cell.font = { bold: true };
        cell.border = { top: { style: "thin" } };
      }
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
  if (flat.columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: flat.columns.length } };
}

function addReportSheet(workbook: Workbook, name: string, report: Report, locale: Locale, tableSheets: ReadonlyMap<ReportTable, string>): void {
  const sheet: Worksheet = workbook.addWorksheet(name);
  sheet.getColumn(1).width = 100;
  const add = (text: string, style: "title" | "heading" | "muted" | "text" = "text"): void => {
    const row = sheet.addRow([xlsxText(text)]);
    const cell = row.getCell(1);
    cell.alignment = { vertical: "top", wrapText: true };
    if (style === "title") cell.font = { bold: true, size: 16 };
    else if (style === "heading") cell.font = { bold: true, size: 13 };
    else if (style === "muted") cell.font = { color: { argb: "FF57606A" } };
  };
  const zh = locale === "zh-CN";
  add(report.title[locale], "title");
  add(report.subtitle[locale], "muted");
  add(zh ? `${RENDER_WORDS.asOf[locale]}：${report.asOf}` : `${RENDER_WORDS.asOf[locale]}: ${report.asOf}`, "muted");
  for (const section of report.sections) {
    sheet.addRow([]);
    add(section.title[locale], "heading");
    for (const paragraph of section.paragraphs) add(paragraph[locale]);
    for (const table of section.tables) {
      const title = table.title[locale];
      const sheetName = tableSheets.get(table) ?? "";
      add(zh ? `表格：${title}（工作表“${sheetName}”）` : `Table: ${title} (sheet "${sheetName}")`, "muted");
    }
    for (const chart of section.charts) {
      const title = chart.title[locale];
      const note = RENDER_WORDS.chartInHtml[locale];
      add(zh ? `${RENDER_WORDS.chart[locale]}：${title}（${note}）` : `${RENDER_WORDS.chart[locale]}: ${title} (${note})`, "muted");
    }
  }
  if (report.sources.length > 0) {
    sheet.addRow([]);
    add(RENDER_WORDS.sources[locale], "heading");
    for (const source of report.sources) {
      const title = source.title[locale];
      add(source.date === undefined ? title : zh ? `${title}（${source.date}）` : `${title} (${source.date})`);
    }
  }
}

function reportDate(asOf: string): Date {
  const date = new Date(`${asOf}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/**
 * Renders a report as an Excel workbook (XLSX) through exceljs, loaded on first use: a first sheet with the
 * title, subtitle, as-of date, each section's paragraphs with the tables and charts it holds, and the sources;
 * then one sheet per table, named after its title in the locale (made valid: at most 31 characters, none of
 * `[]:*?/\`, unique). Each table sheet has a bold, frozen header row with a filter, numbers as numbers, loose
 * quantities as their text plus min and max columns (numbers, empty when unbounded), ratios as numbers in a
 * percent format, deeper rows of a tree indented (and their level in a last column), total rows in bold, the
 * table's note as a comment on the first header cell, and column widths that count a CJK character as two.
 * Every text is written as a string, never as a formula. The workbook's dates are the report's as-of date, so
 * nothing depends on the clock. Personal data is masked unless shown on purpose.
 *
 * @param report - the report
 * @param options - the locale (zh-CN by default) and whether personal data shows
 * @returns the XLSX file's bytes
 * @throws DangjianError `unknown_locale` for a locale other than zh-CN and en
 * @example
 * ```ts
 * await writeFile("report.xlsx", await renderXlsx(report, { locale: "zh-CN" }));
 * ```
 * @category Renderers
 */
export async function renderXlsx(report: Report, options: RenderOptions = {}): Promise<Uint8Array> {
  const { report: shown, locale } = prepareRender(report, options, "renderXlsx");
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "@dangjian/reporting";
  workbook.title = xlsxText(shown.title[locale]);
  workbook.created = reportDate(shown.asOf);
  workbook.modified = workbook.created;
  const reportSheet = RENDER_WORDS.reportSheet[locale];
  const tables = shown.sections.flatMap((section) => section.tables);
  const names = makeSheetNames(
    tables.map((table) => ({ name: table.title[locale], fallback: table.id })),
    [reportSheet],
  );
  const tableSheets = new Map(tables.map((table, index) => [table, names[index] ?? table.id]));
  addReportSheet(workbook, reportSheet, shown, locale, tableSheets);
  for (const table of tables) addTableSheet(workbook, tableSheets.get(table) ?? table.id, table, locale);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
