import type { IssueSeverity } from "@dangjian/core";

const RANK: Readonly<Record<IssueSeverity, number>> = { info: 1, warning: 2, error: 3 };

/**
 * Whether a severity is at or above a threshold (`--fail-on`): error > warning > info.
 *
 * @param severity - the severity of an issue or finding
 * @param threshold - the lowest severity that fails
 * @returns whether it fails
 * @example
 * ```ts
 * reaches("warning", "error"); // false
 * ```
 * @category CLI
 */
export function reaches(severity: IssueSeverity, threshold: IssueSeverity): boolean {
  return RANK[severity] >= RANK[threshold];
}
