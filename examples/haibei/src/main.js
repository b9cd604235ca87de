#!/usr/bin/env node
// The main job: the Haibei report rebuilt from the bundled data. Prints the narrative and the figures table,
// and writes the report as Markdown, HTML, CSV, XLSX and JSON to out/.
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { buildHaibeiReport, tableLines, writeReport } from "./report.js";

const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === "--"));
const { values } = parseArgs({
  args,
  options: {
    locale: { type: "string", default: "zh-CN" },
    dataset: { type: "string" },
    spec: { type: "string" },
    out: { type: "string" },
  },
});
if (values.locale !== "zh-CN" && values.locale !== "en") {
  console.error(`--locale must be zh-CN or en, not ${values.locale}`);
  process.exit(2);
}
const locale = values.locale;
const here = path.dirname(fileURLToPath(import.meta.url));
const dataset = values.dataset ?? path.join(here, "../data/haibei.dataset.json");
const spec = values.spec ?? path.join(here, "../data/haibei.report.json");
const folder = values.out ?? path.join(here, "../out");

const { parsed, report, issues } = await buildHaibeiReport({ dataset, spec, locale });
for (const issue of [...parsed.issues, ...issues]) console.error(`[${issue.severity}] ${issue.path} ${issue.message[locale]}`);
if (report === undefined) process.exit(1);

const narrative = report.sections.find((section) => section.kind === "narrative");
const figures = report.sections.find((section) => section.kind === "figures")?.tables[0];
console.log(`${report.title[locale]}\n${report.subtitle[locale]}\n`);
for (const paragraph of narrative?.paragraphs ?? []) console.log(`${paragraph[locale]}\n`);
if (figures) console.log([figures.title[locale], ...tableLines(figures, locale, ["scope", "indicator", "value", "time"])].join("\n"));

const written = await writeReport(report, { folder, name: "haibei", locale });
console.log(`\n${locale === "zh-CN" ? "已写出" : "Written"}: ${written.map((file) => path.relative(process.cwd(), file)).join(", ")}`);
process.exitCode = parsed.ok ? 0 : 1;
