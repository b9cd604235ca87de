import { SEVERITIES } from "../severity/severity.js";
import type { Finding } from "./finding.js";

/**
 * Orders findings the way a reader wants them and the same way on every run: gravest first, then by rule id,
 * then by the subjects' ids, then by message.
 *
 * @param a - a finding
 * @param b - another finding
 * @returns a negative number when `a` comes first, positive when `b` does, 0 when they tie
 * @example
 * ```ts
 * findings.sort(compareFindings);
 * ```
 * @category Findings
 */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (bySeverity !== 0) return bySeverity;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  const subjectsA = a.subject.map((subject) => `${subject.type}:${subject.id}`).join("|");
  const subjectsB = b.subject.map((subject) => `${subject.type}:${subject.id}`).join("|");
  if (subjectsA !== subjectsB) return subjectsA < subjectsB ? -1 : 1;
  const textA = a.message.en;
  const textB = b.message.en;
  return textA === textB ? 0 : textA < textB ? -1 : 1;
}
