import { listMessageTables, listVocabulary } from "./vocabulary.js";
import { INDICATOR_CATALOGUE } from "../indicator/indicator-catalogue.js";

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

/**
 * Renders every label, message template and built-in indicator of the package in both languages as one
 * Markdown document.
 * The committed snapshot of it is checked in CI, so wording changes show in one diff.
 *
 * @returns the Markdown text
 * @example
 * ```ts
 * await writeFile("labels.snapshot.md", renderVocabulary());
 * ```
 * @category Labels
 */
export function renderVocabulary(): string {
  const lines: string[] = ["# Labels and messages of @dangjian/core", "", "Generated from the code; do not edit.", ""];
  lines.push("## Enums", "");
  for (const table of listVocabulary()) {
    lines.push(`### ${table.name}`, "", "| value | zh-CN | en |", "| --- | --- | --- |");
    for (const value of table.values) {
      const label = table.labels[value];
      lines.push(`| \`${value}\` | ${cell(label?.["zh-CN"] ?? "")} | ${cell(label?.en ?? "")} |`);
    }
    lines.push("");
  }
  lines.push("## Indicators", "", "| code | zh-CN | en | unit | aggregation | counts (zh-CN) | counts (en) |", "| --- | --- | --- | --- | --- | --- | --- |");
  for (const { code, label, unit, aggregation, countsWhat } of INDICATOR_CATALOGUE) {
    const texts = [label["zh-CN"], label.en, unit, aggregation, countsWhat["zh-CN"], countsWhat.en].map(cell);
    lines.push(`| \`${code}\` | ${texts.join(" | ")} |`);
  }
  lines.push("");
  lines.push("## Messages", "");
  for (const { module, messages } of listMessageTables()) {
    lines.push(`### ${module}`, "", "| code | severity | zh-CN | en |", "| --- | --- | --- | --- |");
    for (const code of Object.keys(messages).sort()) {
      const template = messages[code]!;
      lines.push(`| \`${code}\` | ${template.severity} | ${cell(template["zh-CN"])} | ${cell(template.en)} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
