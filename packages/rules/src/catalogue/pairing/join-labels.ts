import type { Locale } from "@dangjian/core";

/**
 * Joins labels for a message: `、` in Chinese, `, ` in English, and `无` / `none` for an empty list.
 *
 * @param labels - the labels
 * @param locale - the language
 * @returns the joined text
 * @internal
 */
export function joinLabels(labels: readonly string[], locale: Locale): string {
  if (labels.length === 0) return locale === "zh-CN" ? "无" : "none";
  return labels.join(locale === "zh-CN" ? "、" : ", ");
}
