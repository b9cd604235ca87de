import type { Quantity } from "./quantity.js";
import { quantityUnitInfo, type QuantityUnit } from "./quantity-unit.js";
import { decimalOf, decimalToNumber } from "./decimal.js";
import { formatQuantity } from "./format-quantity.js";

/** The bounds of a quantity, in the base unit of its dimension. */
export interface QuantityBounds {
  readonly min: number | null;
  readonly max: number | null;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
}

/** An amount in the base unit of a dimension, written in a unit of it (200000 in 万元 is 20). */
function inUnit(base: number, unit: QuantityUnit | null): number {
  const exponent = unit === null ? 0 : quantityUnitInfo[unit].exponent;
  if (exponent === 0) return base;
  const decimal = decimalOf(base);
  return decimalToNumber({ digits: decimal.digits, exponent: decimal.exponent - exponent });
}

/**
 * Builds the quantity an interval is, in the plainest form that says it exactly: an exact figure,
 * 以上 (at least, no upper bound), 以下 (from 0 inclusive), or else a `range`.
 */
export function quantityFromBounds(bounds: QuantityBounds, unit: QuantityUnit | null, text?: string): Quantity {
  const { min, max } = bounds;
  const minInclusive = min !== null && bounds.minInclusive;
  const maxInclusive = max !== null && bounds.maxInclusive;
  let qualifier: Quantity["qualifier"] = "range";
  let stated: number | null = null;
  if (min !== null && min === max && minInclusive && maxInclusive) [qualifier, stated] = [null, inUnit(min, unit)];
  else if (min !== null && max === null && minInclusive) [qualifier, stated] = ["at-least", inUnit(min, unit)];
  else if (min === 0 && minInclusive && max !== null && maxInclusive) [qualifier, stated] = ["at-most", inUnit(max, unit)];
  const shape = { min, max, minInclusive, maxInclusive, unit, qualifier, stated, scale: null };
  return Object.freeze({ text: text ?? formatQuantity({ text: "", ...shape }), ...shape });
}
