import { DangjianError } from "../error/dangjian-error.js";
import { createIssue } from "../issue/message.js";
import type { ParseResult } from "../issue/parse-result.js";
import { fromJsonPointer, toJsonPointer } from "../issue/json-pointer.js";
import type { Aggregation } from "../indicator/indicator.js";
import { checkQuantityBounds, type Quantity } from "./quantity.js";
import { quantityDimensionBaseUnits, quantityUnitInfo, type QuantityUnit } from "./quantity-unit.js";
import { quantityMessages } from "./messages.js";
import { compatibleUnits } from "./compatible-units.js";
import { quantityFromBounds } from "./from-bounds.js";
import { sumQuantities } from "./sum-quantities.js";
import { addDecimals, decimalOf, decimalToNumber } from "./decimal.js";

/**
 * Options of {@link aggregateQuantities} and {@link subtractQuantities}.
 *
 * @category Quantities
 */
export interface AggregateQuantitiesOptions {
  /** Where the list sits in the input; issues about one part get its index appended. */
  readonly path?: string | readonly PropertyKey[];
}

interface Bound {
  readonly value: number | null;
  readonly inclusive: boolean;
}

// the larger of two lower bounds (null is minus infinity): a tie is inclusive only when both are
function largerLower(a: Bound, b: Bound): Bound {
  if (a.value === null) return b;
  if (b.value === null) return a;
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return { value: a.value, inclusive: a.inclusive && b.inclusive };
}

// the larger of two upper bounds (null is plus infinity): a tie is inclusive when either is
function largerUpper(a: Bound, b: Bound): Bound {
  if (a.value === null || b.value === null) return { value: null, inclusive: false };
  if (a.value !== b.value) return a.value > b.value ? a : b;
  return { value: a.value, inclusive: a.inclusive || b.inclusive };
}

// the smaller of two lower bounds (null is minus infinity): a tie is inclusive when either is
function smallerLower(a: Bound, b: Bound): Bound {
  if (a.value === null || b.value === null) return { value: null, inclusive: false };
  if (a.value !== b.value) return a.value < b.value ? a : b;
  return { value: a.value, inclusive: a.inclusive || b.inclusive };
}

// the smaller of two upper bounds (null is plus infinity): a tie is inclusive only when both are
function smallerUpper(a: Bound, b: Bound): Bound {
  if (a.value === null) return b;
  if (b.value === null) return a;
  if (a.value !== b.value) return a.value < b.value ? a : b;
  return { value: a.value, inclusive: a.inclusive && b.inclusive };
}

function checked(quantities: readonly Quantity[], base: readonly PropertyKey[]): ParseResult<QuantityUnit | null> {
  const issues = quantities.flatMap((quantity, index) => checkQuantityBounds(quantity, [...base, index]));
  if (issues.length > 0) return { ok: false, issues };
  const units = quantities.map((quantity) => quantity.unit);
  const first = units[0] ?? null;
  if (!units.every((unit) => compatibleUnits(first, unit))) {
    const distinct = [...new Set(units.map((unit) => unit ?? "(none)"))];
    return {
      ok: false,
      issues: [createIssue("quantity.unit_mismatch", quantityMessages["quantity.unit_mismatch"], { path: toJsonPointer(base), params: { units: distinct } })],
    };
  }
  const unit = first === null || units.every((other) => other === first) ? first : quantityDimensionBaseUnits[quantityUnitInfo[first].dimension];
  return { ok: true, value: unit, issues: [] };
}

function basePath(path: AggregateQuantitiesOptions["path"]): PropertyKey[] {
  return typeof path === "string" ? fromJsonPointer(path) : [...(path ?? [])];
}

// exact decimal subtraction, so 0.3 − 0.1 is 0.2
const difference = (x: number, y: number): number => decimalToNumber(addDecimals([decimalOf(x), decimalOf(-y)]));

const lowerOf = (quantity: Quantity): Bound => ({ value: quantity.min, inclusive: quantity.minInclusive });
const upperOf = (quantity: Quantity): Bound => ({ value: quantity.max, inclusive: quantity.maxInclusive });

/**
 * Rolls quantities up as an indicator's aggregation says: `sum` adds bounds (see {@link sumQuantities}); `max`
 * and `min` give the interval the largest or smallest of the figures can be in, so the maximum of 400余 and 450
 * is (450, 500) and the minimum of 20万元以上 and 25万元 is at least 200,000 and at most 250,000. Units follow
 * {@link sumQuantities}. An empty list, or `none`, has no roll-up: the result is not ok, with no issue.
 *
 * @param quantities - the figures to roll up
 * @param aggregation - `sum`, `max`, `min` or `none`
 * @param options - `path` to put on issues
 * @returns the rolled-up figure, or the issues that prevent it
 * @throws DangjianError `invalid_argument` when quantities is not an array
 * @example
 * ```ts
 * const q = (text: string) => parseQuantity(text).value!;
 * aggregateQuantities([q("400余名"), q("52名")], "sum").value?.text; // "多于452名且少于552名"
 * aggregateQuantities([q("20万元以上"), q("25万元")], "min").value?.text; // "20万元至25万元"
 * ```
 * @category Quantities
 */
export function aggregateQuantities(quantities: readonly Quantity[], aggregation: Aggregation, options: AggregateQuantitiesOptions = {}): ParseResult<Quantity> {
  if (!Array.isArray(quantities)) throw new DangjianError("invalid_argument", "aggregateQuantities needs an array of quantities");
  if (quantities.length === 0 || aggregation === "none") return { ok: false, issues: [] };
  if (aggregation === "sum") return sumQuantities(quantities, options);
  const base = basePath(options.path);
  const unit = checked(quantities, base);
  if (!unit.ok) return unit;
  const [only] = quantities;
  if (quantities.length === 1 && only !== undefined) return { ok: true, value: only, issues: [] };
  const lower = quantities.map(lowerOf).reduce(aggregation === "max" ? largerLower : smallerLower);
  const upper = quantities.map(upperOf).reduce(aggregation === "max" ? largerUpper : smallerUpper);
  const value = quantityFromBounds({ min: lower.value, max: upper.value, minInclusive: lower.inclusive, maxInclusive: upper.inclusive }, unit.value);
  return { ok: true, value, issues: [] };
}

/**
 * Subtracts one quantity from another by bounds: a − b lies between a.min − b.max and a.max − b.min, so a
 * reported 500 less children's 400余 is (0, 100). A bound is inclusive only when both bounds it comes from are;
 * unbounded stays unbounded. Units follow {@link sumQuantities}.
 *
 * @param a - the quantity subtracted from
 * @param b - the quantity subtracted
 * @param options - `path` to put on issues
 * @returns the difference, or the issues that prevent it
 * @example
 * ```ts
 * subtractQuantities(parseQuantity("500名").value!, parseQuantity("400余名").value!).value?.text; // "多于0名且少于100名"
 * ```
 * @category Quantities
 */
export function subtractQuantities(a: Quantity, b: Quantity, options: AggregateQuantitiesOptions = {}): ParseResult<Quantity> {
  const base = basePath(options.path);
  const unit = checked([a, b], base);
  if (!unit.ok) return unit;
  const min = a.min === null || b.max === null ? null : difference(a.min, b.max);
  const max = a.max === null || b.min === null ? null : difference(a.max, b.min);
  const value = quantityFromBounds(
    { min, max, minInclusive: min !== null && a.minInclusive && b.maxInclusive, maxInclusive: max !== null && a.maxInclusive && b.minInclusive },
    unit.value,
  );
  return { ok: true, value, issues: [] };
}
