/**
 * The report page's style sheet, inline in every HTML report: readable at phone width (tables scroll inside
 * their wrapper, never the page), printable (wrappers stop clipping, rows and charts are not split across
 * pages), system fonts only.
 *
 * @internal
 */
export const REPORT_HTML_STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --rule: #d0d7de; --accent: #b3261e; --band: #f6f8fa; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: var(--ink); line-height: 1.7; overflow-wrap: anywhere;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.35; margin: 0.5rem 0; }
h2 { font-size: 1.2rem; line-height: 1.4; margin: 2rem 0 0.75rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--accent); }
p { margin: 0.5rem 0; }
.subtitle, .as-of { color: var(--muted); }
figure { margin: 1.25rem 0; }
figcaption { font-weight: 600; margin-bottom: 0.5rem; }
.table-scroll { max-width: 100%; overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; min-width: 4.5em; overflow-wrap: break-word; }
thead th { border-bottom: 2px solid var(--ink); background: var(--band); white-space: nowrap; }
th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.indent { padding-left: calc(0.6rem + var(--depth, 0) * 1.5em); }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
.note { color: var(--muted); font-size: 0.9rem; }
.chart-svg svg { display: block; max-width: 100%; height: auto; }
.chart-error { color: var(--muted); font-style: italic; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.9rem; }
footer ul { padding-left: 1.25rem; }
@media print {
  main { max-width: none; padding: 0; }
  .table-scroll { overflow: visible; }
  table { font-size: 10pt; }
  thead { display: table-header-group; }
  tr, .report-chart { break-inside: avoid; page-break-inside: avoid; }
  h2, figcaption { break-after: avoid; page-break-after: avoid; }
}
`.trim();
