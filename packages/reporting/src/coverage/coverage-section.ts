import type { LocalizedText } from "@dangjian/core";
import { emptyCell, numberCell, ratioCell, textCell } from "../report/cells.js";
import type { ReportSection } from "../report/report.js";
import type { CoverageResult } from "./measure-coverage.js";

// at most this many names in a cell; the rest are counted
const NAMES_SHOWN = 20;

function names(subjects: CoverageResult["missing"]): LocalizedText | undefined {
  if (subjects.length === 0) return undefined;
  const shown = subjects.slice(0, NAMES_SHOWN).map((subject) => subject.name);
  const rest = subjects.length - shown.length;
  return {
    "zh-CN": shown.join("、") + (rest > 0 ? `等${subjects.length}个` : ""),
    en: shown.join(", ") + (rest > 0 ? ` and ${rest} more` : ""),
  };
}

/**
 * The coverage section: one row per statement with what is to be covered, the ratio, and the names of what is
 * missing and what the data cannot decide (the first 20 of each).
 *
 * @param results - the coverage results
 * @param title - the section's title
 * @returns the section, with the results as `details`
 * @example
 * ```ts
 * coverageSection(measureCoverage(index, request), { "zh-CN": "全覆盖情况", en: "Coverage" });
 * ```
 * @category Coverage
 */
export function coverageSection(results: readonly CoverageResult[], title: LocalizedText): ReportSection {
  return {
    id: "coverage",
    kind: "coverage",
    title,
    paragraphs: [],
    tables: [
      {
        id: "coverage",
        title,
        columns: [
          { key: "statement", label: { "zh-CN": "覆盖要求", en: "Statement" }, kind: "text" },
          { key: "rule", label: { "zh-CN": "规则", en: "Rule" }, kind: "text" },
          { key: "total", label: { "zh-CN": "对象数", en: "Subjects" }, kind: "number" },
          { key: "ratio", label: { "zh-CN": "覆盖率", en: "Covered" }, kind: "ratio" },
          { key: "missing", label: { "zh-CN": "未覆盖", en: "Missing" }, kind: "text" },
          { key: "undetermined", label: { "zh-CN": "无法判断", en: "Cannot tell" }, kind: "text" },
        ],
        rows: results.map((result) => {
          const missing = names(result.missing);
          const undetermined = names(result.undetermined);
          return {
            cells: {
              statement: textCell(result.title),
              rule: textCell(result.ruleId),
              total: numberCell(result.total),
              ratio: ratioCell(result.covered.length, result.total),
              missing: missing === undefined ? emptyCell() : textCell(missing),
              undetermined: undetermined === undefined ? emptyCell() : textCell(undetermined),
            },
          };
        }),
      },
    ],
    charts: [],
    details: results,
  };
}
