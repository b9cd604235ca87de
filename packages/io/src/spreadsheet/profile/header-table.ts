import { COLLECTION_NAMES, collectionLabels } from "@dangjian/core";
import { sheetColumns } from "./columns.js";
import { columnHeaders } from "./headers.js";

const KIND_NOTES: Record<string, string> = {
  text: "text",
  date: "date",
  "partial-date": "date (YYYY, YYYY-MM or YYYY-MM-DD)",
  number: "number",
  boolean: "yes/no",
  enum: "code or label",
  list: "list",
  quantity: "quantity text",
  json: "JSON",
};

/**
 * The header catalogue as a Markdown table, one row per column of every sheet: the table in the README,
 * which a test keeps equal to this output.
 *
 * @returns the Markdown
 * @internal
 */
export function headerCatalogueMarkdown(): string {
  const lines = ["| sheet | field | zh-CN header | en header | required | cell |", "| --- | --- | --- | --- | --- | --- |"];
  for (const collection of COLLECTION_NAMES) {
    const sheet = `\`${collection}\` / ${collectionLabels.labels[collection]["zh-CN"]}`;
    for (const column of sheetColumns(collection)) {
      const headers = columnHeaders(collection, column.key);
      lines.push(
        `| ${sheet} | \`${column.key}\` | ${headers?.["zh-CN"] ?? ""} | ${headers?.en ?? ""} | ${column.required ? "yes" : ""} | ${KIND_NOTES[column.kind] ?? column.kind} |`,
      );
    }
  }
  return lines.join("\n");
}
