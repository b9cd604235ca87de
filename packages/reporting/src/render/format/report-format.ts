import { defineEnumLabels } from "@dangjian/core";
import { z } from "zod";

/**
 * The formats a report renders to.
 *
 * @example
 * ```ts
 * for (const format of REPORT_FORMATS) console.log(format, reportFormatFiles[format].extension);
 * ```
 * @category Renderers
 */
export const REPORT_FORMATS = ["markdown", "html", "csv", "xlsx", "json"] as const;

/**
 * A format a report renders to: `markdown`, `html`, `csv`, `xlsx` or `json`.
 *
 * @example
 * ```ts
 * const format = ReportFormatSchema.parse(process.argv[2] ?? "html");
 * ```
 * @category Renderers
 */
export const ReportFormatSchema = z.enum(REPORT_FORMATS);

/**
 * A format a report renders to.
 *
 * @example
 * ```ts
 * const format: ReportFormat = "xlsx";
 * ```
 * @category Renderers
 */
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

/**
 * The zh-CN and en labels of every report format, for menus and messages.
 *
 * @example
 * ```ts
 * labelOf(reportFormatLabels, "xlsx", "zh-CN"); // "Excel 工作簿"
 * ```
 * @category Renderers
 */
export const reportFormatLabels = defineEnumLabels("ReportFormat", REPORT_FORMATS, {
  markdown: { "zh-CN": "Markdown 文档", en: "Markdown document" },
  html: { "zh-CN": "网页（HTML）", en: "Web page (HTML)" },
  csv: { "zh-CN": "CSV 表格", en: "CSV table" },
  xlsx: { "zh-CN": "Excel 工作簿", en: "Excel workbook" },
  json: { "zh-CN": "JSON 数据", en: "JSON data" },
});

/**
 * How a rendered report is stored or served in each format.
 *
 * @example
 * ```ts
 * const { extension, mediaType }: ReportFormatFile = reportFormatFiles.html; // ".html", "text/html; charset=utf-8"
 * ```
 * @category Renderers
 */
export interface ReportFormatFile {
  /** The file name extension, with its dot (`.md`). */
  readonly extension: string;
  /** The media type to serve it with. */
  readonly mediaType: string;
}

/**
 * The file name extension and media type of every report format.
 *
 * @example
 * ```ts
 * const name = `report${reportFormatFiles.xlsx.extension}`; // "report.xlsx"
 * ```
 * @category Renderers
 */
export const reportFormatFiles: { readonly [Format in ReportFormat]: ReportFormatFile } = {
  markdown: { extension: ".md", mediaType: "text/markdown; charset=utf-8" },
  html: { extension: ".html", mediaType: "text/html; charset=utf-8" },
  csv: { extension: ".csv", mediaType: "text/csv; charset=utf-8" },
  xlsx: { extension: ".xlsx", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  json: { extension: ".json", mediaType: "application/json" },
};
