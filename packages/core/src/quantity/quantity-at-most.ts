import type { Quantity } from "./quantity.js";
import type { QuantityTruth } from "./quantity-at-least.js";
import { requireThreshold } from "./require-threshold.js";

/**
 * Tells whether a quantity is at most a threshold, for rules: `true` when every value it may have is,
 * `false` when none is, `"unknown"` when the bounds straddle the threshold. The threshold is in the base
 * unit of the quantity's dimension (yuan for money).
 *
 * @param quantity - the quantity
 * @param threshold - the largest acceptable value, in the base unit
 * @returns `true`, `false` or `"unknown"`
 * @throws DangjianError `invalid_argument` when the threshold is not a finite number
 * @example
 * ```ts
 * quantityAtMost(parseQuantity("400余名").value!, 500); // true: (400, 500) never reaches 500
 * quantityAtMost(parseQuantity("400余名").value!, 450); // "unknown"
 * ```
 * @category Quantities
 */
export function quantityAtMost(quantity: Quantity, threshold: number): QuantityTruth {
  requireThreshold(threshold, "quantityAtMost");
  if (quantity.max !== null && quantity.max <= threshold) return true;
  if (quantity.min !== null && (quantity.min > threshold || (quantity.min === threshold && !quantity.minInclusive))) return false;
  return "unknown";
}
