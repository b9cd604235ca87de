import type { QuantityUnit } from "./quantity-unit.js";
import { quantityUnitInfo } from "./quantity-unit.js";

/** Whether two units measure the same thing: both bare numbers, or units of one dimension (元 and 万元). */
export function compatibleUnits(a: QuantityUnit | null, b: QuantityUnit | null): boolean {
  if (a === null || b === null) return a === b;
  return quantityUnitInfo[a].dimension === quantityUnitInfo[b].dimension;
}
