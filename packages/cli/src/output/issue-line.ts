import { issueSeverityLabels, labelOf, type IssueLocation, type IssueSeverity, type Locale, type LocatedIssue } from "@dangjian/core";
import { paint } from "./terminal.js";

const SEVERITY_STYLE = { error: "red", warning: "yellow", info: "cyan" } as const;

/**
 * Writes where an issue is, most specific last: the file, then the sheet, row and column of a spreadsheet,
 * or the line and column of a text file (`pairings.xlsx 工作表「结对」第 4 行 C 列`,
 * `members.ndjson:12:5`).
 *
 * @param location - the issue's location, if any
 * @param locale - the language of the words
 * @returns the text, empty when nothing is known
 * @example
 * ```ts
 * locationText({ file: "a.xlsx", sheet: "people", row: 4, column: "C" }, "en"); // "a.xlsx sheet “people” row 4 column C"
 * ```
 * @category CLI
 */
export function locationText(location: IssueLocation | undefined, locale: Locale): string {
  if (location === undefined) return "";
  const parts: string[] = [];
  if (location.file !== undefined) {
    // the compiler style file:line:column when the file is text
    if (location.line !== undefined && location.sheet === undefined && location.row === undefined) {
      return [location.file, location.line, location.column].filter((part) => part !== undefined).join(":");
    }
    parts.push(location.file);
  }
  const zh = locale === "zh-CN";
  if (location.sheet !== undefined) parts.push(zh ? `工作表「${location.sheet}」` : `sheet “${location.sheet}”`);
  if (location.row !== undefined) parts.push(zh ? `第 ${location.row} 行` : `row ${location.row}`);
  // a CSV row's text line differs from its row number only when a quoted cell spans lines
  if (location.line !== undefined && location.line !== location.row) parts.push(zh ? `（文本第 ${location.line} 行）` : `(line ${location.line})`);
  if (location.column !== undefined) {
    const column = String(location.column);
    parts.push(zh ? (typeof location.column === "number" ? `第 ${column} 列` : `${column} 列`) : `column ${column}`);
  }
  return parts.join(" ");
}

/**
 * One line for one issue: where it is (location and JSON pointer), its severity, code and message.
 *
 * @param issue - the issue
 * @param locale - the language of the message and words
 * @param colour - whether to colour the severity
 * @returns the line, without its newline
 * @category CLI
 */
export function issueLine(issue: LocatedIssue, locale: Locale, colour: boolean): string {
  const where = [locationText(issue.location, locale), issue.path === "" ? "" : issue.path].filter((part) => part !== "").join(" ");
  const severity = paint(colour, SEVERITY_STYLE[issue.severity], labelOf(issueSeverityLabels, issue.severity, locale));
  const text = issue.message[locale];
  return `${where === "" ? "" : `${where}: `}${severity} ${paint(colour, "dim", `[${issue.code}]`)} ${text}`;
}

/**
 * How many issues of each severity.
 *
 * @category CLI
 */
export type IssueCounts = { readonly [S in IssueSeverity]: number };

/**
 * Counts issues by severity.
 *
 * @param issues - the issues
 * @returns the counts
 * @category CLI
 */
export function countIssues(issues: Iterable<{ readonly severity: IssueSeverity }>): IssueCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

/**
 * The counts in words: `3 个错误，1 个警告，0 个提示` or `3 errors, 1 warning, 0 infos`.
 *
 * @param counts - the counts
 * @param locale - the language
 * @returns the text
 * @category CLI
 */
export function countsText(counts: IssueCounts, locale: Locale): string {
  if (locale === "zh-CN") return `${counts.error} 个错误，${counts.warning} 个警告，${counts.info} 个提示`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "info")}`;
}
