import { z } from "zod";
import { defineEnumLabels } from "@dangjian/core";

/**
 * How grave a finding is: a breach of a binding rule (error), of a soft rule or a guideline (warning), or a
 * fact worth knowing, such as "the data cannot tell" (info). Ordered from the gravest.
 *
 * @category Findings
 */
export const SEVERITIES = ["error", "warning", "info"] as const;

/**
 * How grave a finding is.
 *
 * @category Findings
 */
export const SeveritySchema = z.enum(SEVERITIES);

/**
 * How grave a finding is.
 *
 * @category Findings
 */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * The zh-CN and en labels of every severity.
 *
 * @category Findings
 */
export const severityLabels = defineEnumLabels("Severity", SEVERITIES, {
  error: { "zh-CN": "违反", en: "breach" },
  warning: { "zh-CN": "提示", en: "warning" },
  info: { "zh-CN": "信息", en: "information" },
});

/**
 * Whether a severity is at least as grave as another, for `--fail-on`-style thresholds.
 *
 * @param severity - the severity of a finding
 * @param threshold - the least grave severity that counts
 * @returns true when `severity` is `threshold` or graver
 * @example
 * ```ts
 * isAtLeastAsSevere("error", "warning"); // true
 * isAtLeastAsSevere("info", "warning"); // false
 * ```
 * @category Findings
 */
export function isAtLeastAsSevere(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
