import type { Quantity } from "./quantity.js";
import { compatibleUnits } from "./compatible-units.js";

/**
 * How two quantities compare when what they mean is only known within bounds.
 *
 * @category Quantities
 */
export type QuantityComparison = "less" | "equal" | "greater" | "unknown";

function isExact(quantity: Quantity): boolean {
  return quantity.min !== null && quantity.min === quantity.max && quantity.minInclusive && quantity.maxInclusive;
}

/** Whether every value of a lies below every value of b. */
function below(a: Quantity, b: Quantity): boolean {
  if (a.max === null || b.min === null) return false;
  return a.max < b.min || (a.max === b.min && !(a.maxInclusive && b.minInclusive));
}

/**
 * Compares two quantities without claiming more than their bounds support. `equal` only when both are exact
 * and the same; `less` when every value of `a` is below every value of `b` (so "400余名" is less than
 * "500名", as (400, 500) lies below 500); `greater` the other way round; `unknown` when the intervals
 * overlap or the units measure different things (名 against 个, a bare number against a unit). Units of one
 * dimension compare in the base unit (元 against 万元).
 *
 * @param a - the first quantity
 * @param b - the second quantity
 * @returns `"less"`, `"equal"`, `"greater"` or `"unknown"`
 * @example
 * ```ts
 * compareQuantities(parseQuantity("400余名").value!, parseQuantity("500名").value!); // "less"
 * compareQuantities(parseQuantity("400余名").value!, parseQuantity("450名").value!); // "unknown"
 * ```
 * @category Quantities
 */
export function compareQuantities(a: Quantity, b: Quantity): QuantityComparison {
  if (!compatibleUnits(a.unit, b.unit)) return "unknown";
  if (isExact(a) && isExact(b) && a.min === b.min) return "equal";
  if (below(a, b)) return "less";
  if (below(b, a)) return "greater";
  return "unknown";
}
