import type { Locale } from "@dangjian/core";
import type { ReportCellKind, ReportTable, Report, ReportSection } from "../../report/report.js";
import { cellAt } from "../common/cell-at.js";
import { prepareRender, type RenderOptions } from "../common/render-options.js";
import { RENDER_WORDS } from "../common/render-words.js";
import { escapeMarkdownCell, escapeMarkdownOneLine, escapeMarkdownParagraph } from "./escape-markdown.js";

// One ideographic space per level: it is as wide as a CJK character and survives GFM's trimming of cells.
const INDENT = "\u3000";
const RIGHT_ALIGNED: ReadonlySet<ReportCellKind> = new Set(["number", "quantity", "ratio"]);

function renderTable(table: ReportTable, locale: Locale): string[] {
  const blocks = [`### ${escapeMarkdownOneLine(table.title[locale])}`];
  if (table.columns.length > 0) {
    const header = table.columns.map((column) => escapeMarkdownCell(column.label[locale]));
    const rule = table.columns.map((column) => (RIGHT_ALIGNED.has(column.kind) ? "---:" : "---"));
    const rows = table.rows.map((row) =>
      table.columns.map((column, index) => {
        const cell = cellAt(row, column.key);
        let text = cell.kind === "empty" ? "" : escapeMarkdownCell(cell.text[locale]);
        if (text !== "" && row.emphasis === "total") text = `**${text}**`;
        if (index === 0 && row.depth) text = INDENT.repeat(row.depth) + text;
        return text;
      }),
    );
    blocks.push([header, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n"));
  }
  if (table.note) blocks.push(`*${escapeMarkdownOneLine(table.note[locale])}*`);
  return blocks;
}

function renderSection(section: ReportSection, locale: Locale): string[] {
  const blocks = [`## ${escapeMarkdownOneLine(section.title[locale])}`];
  for (const paragraph of section.paragraphs) blocks.push(escapeMarkdownParagraph(paragraph[locale]));
  for (const table of section.tables) blocks.push(...renderTable(table, locale));
  // Markdown cannot draw: a chart is named, and the HTML rendering draws it
  for (const chart of section.charts) {
    const title = escapeMarkdownOneLine(chart.title[locale]);
    const note = RENDER_WORDS.chartInHtml[locale];
    blocks.push(locale === "zh-CN" ? `${RENDER_WORDS.chart[locale]}：${title}（${note}）` : `${RENDER_WORDS.chart[locale]}: ${title} (${note})`);
  }
  return blocks;
}

/**
 * Renders a report as Markdown (GitHub-flavoured): the title as `#`, the subtitle and the as-of date, each
 * section as a `##` heading with its paragraphs, its tables (a `###` title, a GFM table with numbers aligned
 * right, deeper rows of a tree indented with ideographic spaces, total rows in bold, the note in italics)
 * and one line naming each chart, which only the HTML rendering draws; the sources come last. Every text of
 * the model is escaped, so none of it becomes markup. Personal data is masked unless shown on purpose.
 *
 * @param report - the report
 * @param options - the locale (zh-CN by default) and whether personal data shows
 * @returns the Markdown text, ending with a newline
 * @throws DangjianError `unknown_locale` for a locale other than zh-CN and en
 * @example
 * ```ts
 * const markdown = renderMarkdown(report, { locale: "en" });
 * ```
 * @category Renderers
 */
export function renderMarkdown(report: Report, options: RenderOptions = {}): string {
  const { report: shown, locale } = prepareRender(report, options, "renderMarkdown");
  const asOf = locale === "zh-CN" ? `${RENDER_WORDS.asOf[locale]}：${shown.asOf}` : `${RENDER_WORDS.asOf[locale]}: ${shown.asOf}`;
  const blocks = [`# ${escapeMarkdownOneLine(shown.title[locale])}`, escapeMarkdownParagraph(shown.subtitle[locale]), escapeMarkdownParagraph(asOf)];
  for (const section of shown.sections) blocks.push(...renderSection(section, locale));
  if (shown.sources.length > 0) {
    blocks.push(`## ${RENDER_WORDS.sources[locale]}`);
    const items = shown.sources.map((source) => {
      const title = escapeMarkdownOneLine(source.title[locale]);
      if (source.date === undefined) return `- ${title}`;
      const date = escapeMarkdownOneLine(source.date);
      return locale === "zh-CN" ? `- ${title}（${date}）` : `- ${title} (${date})`;
    });
    blocks.push(items.join("\n"));
  }
  return blocks.filter((block) => block !== "").join("\n\n") + "\n";
}
