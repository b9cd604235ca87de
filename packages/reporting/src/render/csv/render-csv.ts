import { DangjianError, type Locale } from "@dangjian/core";
import type { Report, ReportTable } from "../../report/report.js";
import { prepareRender, type RenderOptions } from "../common/render-options.js";
import { flattenTable } from "../flat-table/flatten-table.js";
import { csvField } from "./csv-field.js";

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * ```ts
 * const options: RenderCsvOptions = { table: "roll-up-members", locale: "zh-CN" };
 * ```
 * @category Renderers
 */
export interface RenderCsvOptions extends RenderOptions {
  /** The id of the table to write; by default the first table of the first `figures` section, else the first table. */
  readonly table?: string;
}

/**
 * One CSV file of a report: a table, named after its id.
 *
 * @example
 * ```ts
 * const [first]: CsvFile[] = renderCsvFiles(report); // { name: "figures.csv", content: "\uFEFF指标,…" }
 * ```
 * @category Renderers
 */
export interface CsvFile {
  /** The file name, `<table id>.csv`. */
  readonly name: string;
  /** The file's text, with its byte order mark. */
  readonly content: string;
}

// Excel reads a CSV file as UTF-8, and Chinese correctly, only when it starts with a byte order mark.
const BYTE_ORDER_MARK = "\uFEFF";
const CRLF = "\r\n";

function tableCsv(table: ReportTable, locale: Locale): string {
  const flat = flattenTable(table, locale);
  const lines = [flat.columns.map((column) => csvField(column.header)), ...flat.rows.map((row) => row.values.map(csvField))];
  return BYTE_ORDER_MARK + lines.map((fields) => fields.join(",") + CRLF).join("");
}

function allTables(report: Report): ReportTable[] {
  return report.sections.flatMap((section) => section.tables);
}

function defaultTable(report: Report): ReportTable | undefined {
  const figures = report.sections.find((section) => section.kind === "figures" && section.tables.length > 0);
  return figures?.tables[0] ?? allTables(report)[0];
}

/**
 * Renders one table of a report as CSV (RFC 4180): CRLF line ends, fields with a comma, a quote, CR or LF
 * quoted and quotes doubled, UTF-8 with a byte order mark (`"\uFEFF"` at the start) so Excel opens Chinese
 * correctly. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a
 * leading `'`; numbers stay plain numbers (`-3`). A quantity column becomes three: its text, and its lower and
 * upper bounds as numbers (`数值 下限`, `数值 上限`; en `Value min`, `Value max`), empty when unbounded. A ratio is
 * its number between 0 and 1. A tree-shaped table gets a last column with each row's level. Personal data is
 * masked unless shown on purpose. A report without tables gives the byte order mark alone.
 *
 * @param report - the report
 * @param options - the table's id, the locale (zh-CN by default) and whether personal data shows
 * @returns the CSV text
 * @throws DangjianError `invalid_argument` when no table has the id asked for; `unknown_locale`
 * @example
 * ```ts
 * const csv = renderCsv(report, { table: "figures", locale: "en" });
 * ```
 * @category Renderers
 */
export function renderCsv(report: Report, options: RenderCsvOptions = {}): string {
  const { report: shown, locale } = prepareRender(report, options, "renderCsv");
  let table: ReportTable | undefined;
  if (options.table === undefined) {
    table = defaultTable(shown);
  } else {
    table = allTables(shown).find((candidate) => candidate.id === options.table);
    if (table === undefined) throw new DangjianError("invalid_argument", `renderCsv: the report has no table with id ${options.table}`);
  }
  return table === undefined ? BYTE_ORDER_MARK : tableCsv(table, locale);
}

/**
 * Renders every table of a report as a CSV file, in the order of the report, each as {@link renderCsv} writes
 * it and named `<table id>.csv` (a repeated id gets `-2`, `-3`; characters other than letters, digits and `-`
 * become `-`, so a name never leaves the folder it is written to).
 *
 * @param report - the report
 * @param options - the locale (zh-CN by default) and whether personal data shows
 * @returns one file per table
 * @throws DangjianError `unknown_locale` for a locale other than zh-CN and en
 * @example
 * ```ts
 * for (const file of renderCsvFiles(report)) await writeFile(join(dir, file.name), file.content);
 * ```
 * @category Renderers
 */
export function renderCsvFiles(report: Report, options: RenderOptions = {}): CsvFile[] {
  const { report: shown, locale } = prepareRender(report, options, "renderCsvFiles");
  const used = new Set<string>();
  return allTables(shown).map((table) => {
    // the schema allows only [a-z0-9-] in ids; a hand-edited model must not name a file outside the folder
    const base = table.id.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "table";
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return { name: `${name}.csv`, content: tableCsv(table, locale) };
  });
}
