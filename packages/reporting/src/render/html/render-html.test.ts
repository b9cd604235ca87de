import { afterEach, describe, expect, it, vi } from "vitest";
import type { Report, ReportChart } from "../../report/report.js";
import { expectGolden } from "../../../test/support/expect-golden.js";
import { sampleReport } from "../../../test/support/sample-report.js";
import { renderHtml } from "./render-html.js";

afterEach(() => {
  vi.restoreAllMocks();
});

function chartOf(report: Report): ReportChart {
  const chart = report.sections.flatMap((section) => section.charts)[0];
  if (!chart) throw new Error("the fixture has a chart");
  return chart;
}

/** Every attribute that makes a browser fetch or follow something; a URL inside text is only text. */
function linkingAttributes(html: string): string[] {
  return [...html.matchAll(/\s(?:href|xlink:href|src|srcset|action|formaction|poster|data|background)="(?!#)[^"]*"/gi)].map((match) => match[0]);
}

describe("renderHtml", () => {
  it("matches the golden files in both languages", async () => {
    expectGolden("html.zh-CN.html", await renderHtml(sampleReport));
    expectGolden("html.en.html", await renderHtml(sampleReport, { locale: "en" }));
  });

  it("is one self-contained page in the locale's language: no script, no external URL, a policy saying so", async () => {
    const html = await renderHtml(sampleReport);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">\n')).toBe(true);
    expect(await renderHtml(sampleReport, { locale: "en" })).toContain('<html lang="en">');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|@import|url\((?!#)/i);
    expect(linkingAttributes(html)).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it("escapes every datum: titles, paragraphs, cells, notes, sources, chart labels", async () => {
    const hostile = '<script>alert("x")</script> & \'q\'';
    const text = { "zh-CN": hostile, en: hostile };
    const figures = sampleReport.sections[1];
    const table = figures?.tables[0];
    if (!figures || !table) throw new Error("fixture");
    const report: Report = {
      ...sampleReport,
      title: text,
      subtitle: text,
      sources: [{ documentId: "d", title: text, date: hostile }],
      sections: [
        { ...figures, title: text, paragraphs: [text], tables: [{ ...table, title: text, note: text, columns: table.columns.map((column) => ({ ...column, label: text })) }] },
        ...sampleReport.sections.slice(2),
      ],
    };
    const html = await renderHtml(report);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</title>");
    expect(html).toContain('aria-label="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"');
    // the cell with a quote, a comma and a newline
    expect(html).toContain("<td>甲, 乙 &quot;丙&quot;<br>第二行 \\ 反斜杠</td>");
    // the chart label from data, escaped by vega
    expect(html).toContain("乙县&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("gives figures tables data-table-id and charts data-chart-id, with inline SVG", async () => {
    const html = await renderHtml(sampleReport);
    expect(html).toContain('<figure class="report-table" data-table-id="figures">');
    expect(html).toContain('<figure class="report-table" data-table-id="roll-up-members">');
    expect(html).toMatch(/<figure class="report-chart" data-chart-id="chart-posts">\n<figcaption>各县党员先锋岗<\/figcaption>\n<div class="chart-svg"><svg [^>]*class="marks"/);
    expect(html).toContain('<td class="num" data-min="200000">20万元以上</td>');
    expect(html).toContain('<td class="num" data-value="-3">-3</td>');
  });

  it("wraps every table in a horizontally scrolling region and stops clipping in print", async () => {
    const html = await renderHtml(sampleReport);
    const tables = html.match(/<table>/g) ?? [];
    const wrappers = html.match(/<div class="table-scroll" role="region" aria-label="[^"]*" tabindex="0">\n<table>/g) ?? [];
    expect(wrappers.length).toBe(tables.length);
    expect(html).toMatch(/\.table-scroll \{[^}]*overflow-x: auto/);
    expect(html).toMatch(/@media print \{[^@]*\.table-scroll \{ overflow: visible; \}[^@]*tr, \.report-chart \{ break-inside: avoid;/);
  });

  it("indents tree rows and marks total rows", async () => {
    const html = await renderHtml(sampleReport);
    expect(html).toContain('<td class="indent" style="--depth: 2">甲县某镇党委</td>');
    expect(html).toContain('<tr class="total"><td>合计</td>');
  });

  it("is the same page every time, with SVG ids unique in the page", async () => {
    const chart = chartOf(sampleReport);
    const clipped = { ...chart.spec["zh-CN"], mark: { type: "bar", clip: true } };
    const twoCharts: Report = {
      ...sampleReport,
      sections: [{ ...sampleReport.sections[4]!, charts: [{ ...chart, id: "one", spec: { ...chart.spec, "zh-CN": clipped } }, { ...chart, id: "two", spec: { ...chart.spec, "zh-CN": clipped } }] }],
    };
    const first = await renderHtml(twoCharts);
    expect(await renderHtml(twoCharts)).toBe(first);
    const ids = [...first.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
    expect(ids).toContain("one-svg-1");
    expect(ids).toContain("two-svg-1");
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("says so when a chart cannot be drawn, fetching nothing, and renders the rest", async () => {
    const fetch = vi.spyOn(globalThis, "fetch");
    const chart = chartOf(sampleReport);
    const byUrl = { ...chart.spec["zh-CN"], data: { url: "https://example.invalid/posts.json" } };
    const report: Report = { ...sampleReport, sections: [{ ...sampleReport.sections[4]!, charts: [{ ...chart, spec: { ...chart.spec, "zh-CN": byUrl } }] }] };
    const html = await renderHtml(report);
    expect(html).toContain('<p class="chart-error" data-chart-error="true">此图表无法绘制。</p>');
    expect(html).not.toContain("example.invalid");
    expect(fetch).not.toHaveBeenCalled();
  });

  it("masks personal data everywhere, chart labels included, unless shown on purpose", async () => {
    const html = await renderHtml(sampleReport);
    expect(html).not.toContain("13800138000");
    expect(html).not.toContain("11010519491231002X");
    expect(html).toContain("丙县 138****8000");
    expect(await renderHtml(sampleReport, { personalData: "visible" })).toContain("丙县 13800138000");
  });
});
