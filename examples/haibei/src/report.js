import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { indexDataset, parseDataset } from "@dangjian/core";
import { REPORT_FORMATS, buildReport, parseReportSpec, render, reportFormatFiles } from "@dangjian/reporting";

/**
 * Reads the dataset and the report spec, and builds the report model.
 * @param {{ dataset: string | URL, spec: string | URL, locale: "zh-CN" | "en" }} files
 */
export async function buildHaibeiReport({ dataset, spec, locale }) {
  const parsed = parseDataset(JSON.parse(await readFile(dataset, "utf8")), { locale, location: { file: String(dataset) } });
  const specResult = parseReportSpec(JSON.parse(await readFile(spec, "utf8")));
  if (!specResult.ok) return { parsed, issues: specResult.issues };
  const report = buildReport(indexDataset(parsed.dataset), specResult.value);
  return { parsed, report, issues: [] };
}

/**
 * Writes the report in every format to a folder: `<name>.<locale>.md|html|csv|xlsx` and `<name>.json`
 * (the model holds both languages).
 * @param {import("@dangjian/reporting").Report} report
 * @param {{ folder: string, name: string, locale: "zh-CN" | "en" }} where
 * @returns {Promise<string[]>} the files written
 */
export async function writeReport(report, { folder, name, locale }) {
  await mkdir(folder, { recursive: true });
  const written = [];
  for (const format of REPORT_FORMATS) {
    const content = await render(report, format, { locale });
    const file = path.join(folder, format === "json" ? `${name}.json` : `${name}.${locale}${reportFormatFiles[format].extension}`);
    await writeFile(file, content);
    written.push(file);
  }
  return written;
}

// East Asian wide characters take two columns in a terminal
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const width = (text) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
const pad = (text, columns) => text + " ".repeat(Math.max(0, columns - width(text)));

/**
 * A report table as aligned text lines for a terminal, the given columns only.
 * @param {import("@dangjian/reporting").ReportTable} table
 * @param {"zh-CN" | "en"} locale
 * @param {string[]} keys
 * @returns {string[]}
 */
export function tableLines(table, locale, keys) {
  const columns = table.columns.filter((column) => keys.includes(column.key));
  const text = (cell) => (cell === undefined || cell.kind === "empty" ? "" : cell.text[locale]);
  const rows = [columns.map((column) => column.label[locale]), ...table.rows.map((row) => columns.map((column) => text(row.cells[column.key])))];
  const widths = columns.map((_, at) => Math.max(...rows.map((row) => width(row[at]))));
  return rows.map((row) => row.map((cell, at) => (at === row.length - 1 ? cell : pad(cell, widths[at]))).join("  ").trimEnd());
}
