import type { Indicator } from "./indicator.js";
import { INDICATOR_CATALOGUE } from "./indicator-catalogue.js";

/**
 * The indicator a code names: the dataset's own declaration first, then the known indicators (the built-in
 * catalogue unless others are given), as `parseDataset` resolves it.
 *
 * @param code - the indicator's code, e.g. `site.vanguard-post.count`
 * @param declared - the indicators a dataset declares
 * @param known - the indicators known besides; {@link INDICATOR_CATALOGUE} when omitted
 * @returns the indicator, or undefined when no list has the code
 * @example
 * ```ts
 * resolveIndicator("site.vanguard-post.count", dataset.indicators)?.label["zh-CN"]; // "党员先锋岗"
 * ```
 * @category Indicators
 */
export function resolveIndicator(
  code: string,
  declared: readonly Indicator[] = [],
  known: readonly Indicator[] = INDICATOR_CATALOGUE,
): Indicator | undefined {
  return declared.find((indicator) => indicator.code === code) ?? known.find((indicator) => indicator.code === code);
}
