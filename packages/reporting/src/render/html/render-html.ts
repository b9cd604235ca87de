import type { Locale } from "@dangjian/core";
import type { Report, ReportCell, ReportChart, ReportSection, ReportTable } from "../../report/report.js";
import { cellAt } from "../common/cell-at.js";
import { prepareRender, type RenderOptions } from "../common/render-options.js";
import { RENDER_WORDS } from "../common/render-words.js";
import { renderChartSvg } from "./chart-svg.js";
import { escapeHtml, escapeHtmlLines } from "./escape-html.js";
import { REPORT_HTML_STYLE } from "./html-style.js";

// No script runs, nothing is fetched: the page reads the same from a disk, a mail attachment or a sandbox.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function numberAttribute(name: string, value: number | null): string {
  return value === null ? "" : ` ${name}="${escapeHtml(String(value))}"`;
}

function renderCell(cell: ReportCell, locale: Locale, first: boolean, depth: number): string {
  const classes: string[] = [];
  let data = "";
  if (cell.kind === "number" || cell.kind === "ratio") {
    classes.push("num");
    data = numberAttribute("data-value", cell.value);
  } else if (cell.kind === "quantity") {
    classes.push("num");
    data = numberAttribute("data-min", cell.min) + numberAttribute("data-max", cell.max);
  }
  let style = "";
  if (first && depth > 0) {
    classes.push("indent");
    style = ` style="--depth: ${depth}"`;
  }
  const text = cell.kind === "empty" ? "" : escapeHtmlLines(cell.text[locale]);
  const classAttribute = classes.length > 0 ? ` class="${classes.join(" ")}"` : "";
  return `<td${classAttribute}${style}${data}>${text}</td>`;
}

function renderTable(table: ReportTable, locale: Locale): string {
  const title = escapeHtml(table.title[locale]);
  const header = table.columns
    .map((column) => `<th scope="col"${column.kind === "text" ? "" : ' class="num"'}>${escapeHtmlLines(column.label[locale])}</th>`)
    .join("");
  const rows = table.rows.map((row) => {
    const cells = table.columns.map((column, index) => renderCell(cellAt(row, column.key), locale, index === 0, row.depth ?? 0)).join("");
    return `<tr${row.emphasis === "total" ? ' class="total"' : ""}>${cells}</tr>`;
  });
  const lines = [
    `<figure class="report-table" data-table-id="${escapeHtml(table.id)}">`,
    `<figcaption>${title}</figcaption>`,
    // a keyboard can scroll the wrapper, and a screen reader names it
    `<div class="table-scroll" role="region" aria-label="${title}" tabindex="0">`,
    `<table>`,
    `<thead><tr>${header}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody>`,
    `</table>`,
    `</div>`,
  ];
  if (table.note) lines.push(`<p class="note">${escapeHtmlLines(table.note[locale])}</p>`);
  lines.push(`</figure>`);
  return lines.join("\n");
}

async function renderChart(chart: ReportChart, locale: Locale): Promise<string> {
  const svg = await renderChartSvg(chart.spec[locale], chart.id);
  const body = svg === null ? `<p class="chart-error" data-chart-error="true">${escapeHtml(RENDER_WORDS.chartFailed[locale])}</p>` : `<div class="chart-svg">${svg}</div>`;
  return [`<figure class="report-chart" data-chart-id="${escapeHtml(chart.id)}">`, `<figcaption>${escapeHtml(chart.title[locale])}</figcaption>`, body, `</figure>`].join("\n");
}

async function renderSection(section: ReportSection, locale: Locale): Promise<string> {
  const id = escapeHtml(section.id);
  const lines = [`<section id="section-${id}" data-section-id="${id}" data-section-kind="${escapeHtml(section.kind)}">`, `<h2>${escapeHtml(section.title[locale])}</h2>`];
  for (const paragraph of section.paragraphs) lines.push(`<p>${escapeHtmlLines(paragraph[locale])}</p>`);
  for (const table of section.tables) lines.push(renderTable(table, locale));
  for (const chart of section.charts) lines.push(await renderChart(chart, locale));
  lines.push(`</section>`);
  return lines.join("\n");
}

function renderSources(report: Report, locale: Locale): string[] {
  if (report.sources.length === 0) return [];
  const items = report.sources.map((source) => {
    const title = escapeHtml(source.title[locale]);
    if (source.date === undefined) return `<li>${title}</li>`;
    const date = escapeHtml(source.date);
    return `<li>${title}${locale === "zh-CN" ? `（${date}）` : ` (${date})`}</li>`;
  });
  return [`<footer>`, `<h2>${escapeHtml(RENDER_WORDS.sources[locale])}</h2>`, `<ul>`, ...items, `</ul>`, `</footer>`];
}

/**
 * Renders a report as one self-contained HTML page: no script, no external URL (a Content-Security-Policy
 * says so too), the style inline, readable at phone width (wide tables scroll inside their wrapper) and
 * printable. Charts are drawn as inline SVG in Node with vega-lite and vega, loaded on first use; a chart that
 * cannot be drawn shows a line saying so. Every text of the model is escaped. Figures tables carry
 * `data-table-id`, chart figures `data-chart-id`, cells of numbers their values (`data-value`, `data-min`,
 * `data-max`), so a browser test or a script can find them. Personal data is masked unless shown on purpose.
 *
 * @param report - the report
 * @param options - the locale (zh-CN by default, also the page's `lang`) and whether personal data shows
 * @returns the HTML page, ending with a newline
 * @throws DangjianError `unknown_locale` for a locale other than zh-CN and en
 * @example
 * ```ts
 * const html = await renderHtml(report, { locale: "zh-CN" });
 * await writeFile("report.html", html);
 * ```
 * @category Renderers
 */
export async function renderHtml(report: Report, options: RenderOptions = {}): Promise<string> {
  const { report: shown, locale } = prepareRender(report, options, "renderHtml");
  const title = escapeHtml(shown.title[locale]);
  const asOf = escapeHtml(locale === "zh-CN" ? `${RENDER_WORDS.asOf[locale]}：${shown.asOf}` : `${RENDER_WORDS.asOf[locale]}: ${shown.asOf}`);
  const sections: string[] = [];
  // one chart at a time: vega views are heavy, and the order of the page stays the order of the model
  for (const section of shown.sections) sections.push(await renderSection(section, locale));
  const lines = [
    `<!DOCTYPE html>`,
    `<html lang="${locale}">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    `<title>${title}</title>`,
    `<style>`,
    REPORT_HTML_STYLE,
    `</style>`,
    `</head>`,
    `<body>`,
    `<main>`,
    `<header>`,
    `<h1>${title}</h1>`,
    `<p class="subtitle">${escapeHtmlLines(shown.subtitle[locale])}</p>`,
    `<p class="as-of">${asOf}</p>`,
    `</header>`,
    ...sections,
    ...renderSources(shown, locale),
    `</main>`,
    `</body>`,
    `</html>`,
  ];
  return lines.join("\n") + "\n";
}
