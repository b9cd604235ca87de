import { labelOf, type DatasetIndex, type LocalizedText } from "@dangjian/core";
import { subjectText } from "./subject-text.js";
import { severityLabels, type Evaluation, type Finding, type RuleTally } from "@dangjian/rules";
import { textCell } from "../report/cells.js";
import type { ReportSection } from "../report/report.js";

// a finding about a figure also names the figure's scope: say each place once
function subjectsText(index: DatasetIndex, finding: Finding): LocalizedText {
  const names = finding.subject.map((subject) => subjectText(index, subject));
  const unique = (locale: "zh-CN" | "en") => [...new Set(names.map((name) => name[locale]))].filter((name, _, all) => !all.some((other) => other !== name && other.startsWith(`${name} · `)));
  const zh = unique("zh-CN").join("；");
  const en = unique("en").join("; ");
  return { "zh-CN": zh || "—", en: en || "—" };
}

/**
 * The findings section: one row per finding (severity, rule, subject, message), the policy named in a paragraph.
 *
 * @param index - the dataset's index, to name the subjects
 * @param evaluation - the evaluation, for its policy and day
 * @param findings - the findings to show (those within the report's scope)
 * @param title - the section's title
 * @returns the section, with the policy, the counts by severity, the tallies and the findings as `details`
 * @example
 * ```ts
 * findingsSection(index, evaluation, evaluation.findings, { "zh-CN": "规则检查", en: "Rule findings" });
 * ```
 * @category Findings
 */
export function findingsSection(index: DatasetIndex, evaluation: Evaluation, findings: readonly Finding[], title: LocalizedText): ReportSection {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const { policy } = evaluation;
  return {
    id: "findings",
    kind: "findings",
    title,
    paragraphs: [
      {
        "zh-CN": `依据“${policy.title["zh-CN"]}”（${policy.id}@${policy.version}），以${evaluation.asOf}为准检查，发现问题${counts.error}个、需注意${counts.warning}个、无法判断${counts.info}个。`,
        en: `Checked against “${policy.title.en}” (${policy.id}@${policy.version}) as of ${evaluation.asOf}: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} that the data cannot decide.`,
      },
    ],
    tables: [
      {
        id: "findings",
        title,
        columns: [
          { key: "severity", label: { "zh-CN": "级别", en: "Severity" }, kind: "text" },
          { key: "rule", label: { "zh-CN": "规则", en: "Rule" }, kind: "text" },
          { key: "subject", label: { "zh-CN": "对象", en: "Subject" }, kind: "text" },
          { key: "message", label: { "zh-CN": "说明", en: "Message" }, kind: "text" },
        ],
        rows: findings.map((finding) => ({
          cells: {
            severity: textCell({ "zh-CN": labelOf(severityLabels, finding.severity, "zh-CN"), en: labelOf(severityLabels, finding.severity, "en") }),
            rule: textCell(finding.ruleId),
            subject: textCell(subjectsText(index, finding)),
            message: textCell(finding.message),
          },
        })),
      },
    ],
    charts: [],
    details: {
      policy: { id: policy.id, version: policy.version },
      asOf: evaluation.asOf,
      counts,
      tallies: evaluation.tallies satisfies readonly RuleTally[],
      findings: findings.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        outcome: finding.outcome,
        subject: finding.subject,
        message: finding.message,
        evidence: finding.evidence,
      })),
    },
  };
}
