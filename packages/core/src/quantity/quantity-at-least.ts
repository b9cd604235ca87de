import { requireThreshold } from "./require-threshold.js";
import type { Quantity } from "./quantity.js";

/**
 * A three-valued answer: `true` or `false` when the bounds settle it, `"unknown"` when they do not.
 *
 * @category Quantities
 */
export type QuantityTruth = boolean | "unknown";

/**
 * Tells whether a quantity is at least a threshold, for rules: `true` when every value it may have is,
 * `false` when none is, `"unknown"` when the bounds straddle the threshold. The threshold is in the base
 * unit of the quantity's dimension: yuan for money, so "20万元以上" is at least 200000.
 *
 * @param quantity - the quantity
 * @param threshold - the smallest acceptable value, in the base unit
 * @returns `true`, `false` or `"unknown"`
 * @throws DangjianError `invalid_argument` when the threshold is not a finite number
 * @example
 * ```ts
 * quantityAtLeast(parseQuantity("20万元以上").value!, 200_000); // true
 * quantityAtLeast(parseQuantity("近1万名").value!, 9_500); // "unknown"
 * ```
 * @category Quantities
 */
export function quantityAtLeast(quantity: Quantity, threshold: number): QuantityTruth {
  requireThreshold(threshold, "quantityAtLeast");
  if (quantity.min !== null && quantity.min >= threshold) return true;
  if (quantity.max !== null && (quantity.max < threshold || (quantity.max === threshold && !quantity.maxInclusive))) return false;
  return "unknown";
}
