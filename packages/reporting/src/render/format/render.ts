import { DangjianError } from "@dangjian/core";
import type { Report } from "../../report/report.js";
import { renderCsv, type RenderCsvOptions } from "../csv/render-csv.js";
import { renderHtml } from "../html/render-html.js";
import { renderJson } from "../json/render-json.js";
import { renderMarkdown } from "../markdown/render-markdown.js";
import { renderXlsx } from "../xlsx/render-xlsx.js";
import { REPORT_FORMATS, type ReportFormat } from "./report-format.js";

/**
 * What rendering to each format gives: the bytes of a workbook for XLSX, text for the others.
 *
 * @example
 * ```ts
 * const bytes: RenderedReport["xlsx"] = await render(report, "xlsx"); // Uint8Array
 * ```
 * @category Renderers
 */
export interface RenderedReport {
  /** Markdown text. */
  markdown: string;
  /** A self-contained HTML page. */
  html: string;
  /** One table as CSV text, with its byte order mark. */
  csv: string;
  /** The bytes of an XLSX file. */
  xlsx: Uint8Array;
  /** The report model as JSON text. */
  json: string;
}

/**
 * Options of {@link render}: the locale, whether personal data shows, and for CSV which table.
 *
 * @example
 * ```ts
 * const csv = await render(report, "csv", { table: "figures", locale: "en" });
 * ```
 * @category Renderers
 */
export type RenderReportOptions = RenderCsvOptions;

/**
 * Renders a report in a format chosen by name, with {@link renderMarkdown}, {@link renderHtml},
 * {@link renderCsv} (one table), {@link renderXlsx} or {@link renderJson}.
 *
 * @param report - the report
 * @param format - `markdown`, `html`, `csv`, `xlsx` or `json`
 * @param options - the locale (zh-CN by default), whether personal data shows, and for CSV the table's id
 * @returns the rendering: text, or bytes for XLSX
 * @throws DangjianError (as a rejected promise) `invalid_argument` for an unknown format; as the chosen
 * renderer throws otherwise
 * @example
 * ```ts
 * const bytes = await render(report, "xlsx", { locale: "en" });
 * await writeFile(`report${reportFormatFiles.xlsx.extension}`, bytes);
 * ```
 * @category Renderers
 */
export async function render<Format extends ReportFormat>(
  report: Report,
  format: Format,
  options: RenderReportOptions = {},
): Promise<RenderedReport[Format]> {
  const rendered: RenderedReport[ReportFormat] = await renderAs(report, format, options);
  return rendered as RenderedReport[Format];
}

async function renderAs(report: Report, format: ReportFormat, options: RenderReportOptions): Promise<RenderedReport[ReportFormat]> {
  switch (format) {
    case "markdown":
      return renderMarkdown(report, options);
    case "html":
      return renderHtml(report, options);
    case "csv":
      return renderCsv(report, options);
    case "xlsx":
      return renderXlsx(report, options);
    case "json":
      return renderJson(report, options);
    default:
      throw new DangjianError("invalid_argument", `render: format must be one of ${REPORT_FORMATS.join(", ")}, got ${String(format as unknown)}`);
  }
}
