import { labelOf } from "@dangjian/core";
import { describe, expect, it } from "vitest";
import { renderCsv } from "../csv/render-csv.js";
import { renderJson } from "../json/render-json.js";
import { renderMarkdown } from "../markdown/render-markdown.js";
import { sampleReport } from "../../../test/support/sample-report.js";
import { render } from "./render.js";
import { REPORT_FORMATS, reportFormatFiles, reportFormatLabels, type ReportFormat } from "./report-format.js";

describe("render", () => {
  it("dispatches by format name to the renderer of that format", async () => {
    expect(await render(sampleReport, "markdown", { locale: "en" })).toBe(renderMarkdown(sampleReport, { locale: "en" }));
    expect(await render(sampleReport, "csv", { table: "roll-up-members" })).toBe(renderCsv(sampleReport, { table: "roll-up-members" }));
    expect(await render(sampleReport, "json")).toBe(renderJson(sampleReport));
    expect(await render(sampleReport, "html")).toMatch(/^<!DOCTYPE html>/);
    const xlsx = await render(sampleReport, "xlsx");
    expect(xlsx).toBeInstanceOf(Uint8Array);
    // an XLSX file is a zip archive
    expect([...xlsx.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it("rejects an unknown format with DangjianError", async () => {
    await expect(render(sampleReport, "pdf" as ReportFormat)).rejects.toMatchObject({ code: "invalid_argument" });
  });
});

describe("report formats", () => {
  it("label every format in both languages and give its extension and media type", () => {
    for (const format of REPORT_FORMATS) {
      expect(labelOf(reportFormatLabels, format, "zh-CN")).not.toBe(format);
      expect(labelOf(reportFormatLabels, format, "en")).not.toBe(format);
      expect(reportFormatFiles[format].extension).toMatch(/^\.[a-z]+$/);
    }
    expect(labelOf(reportFormatLabels, "xlsx", "zh-CN")).toBe("Excel 工作簿");
    expect(reportFormatFiles.markdown.extension).toBe(".md");
    expect(reportFormatFiles.csv.mediaType).toBe("text/csv; charset=utf-8");
  });
});
