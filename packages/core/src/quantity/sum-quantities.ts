import { DangjianError } from "../error/dangjian-error.js";
import type { Issue } from "../issue/issue.js";
import type { ParseResult } from "../issue/parse-result.js";
import { createIssue } from "../issue/message.js";
import { fromJsonPointer, toJsonPointer } from "../issue/json-pointer.js";
import { checkQuantityBounds, exactQuantity, type Quantity } from "./quantity.js";
import { quantityDimensionBaseUnits, quantityUnitInfo, type QuantityUnit } from "./quantity-unit.js";
import { quantityMessages } from "./messages.js";
import { addDecimals, decimalOf, decimalToNumber } from "./decimal.js";
import { compatibleUnits } from "./compatible-units.js";
import { quantityFromBounds } from "./from-bounds.js";

/**
 * Options of {@link sumQuantities}.
 *
 * @category Quantities
 */
export interface SumQuantitiesOptions {
  /** Where the list sits in the input; issues about one part get its index appended. */
  readonly path?: string | readonly PropertyKey[];
}

function sumBound(values: readonly (number | null)[]): number | null {
  if (values.some((value) => value === null)) return null;
  // exact decimal addition keeps sums commutative and associative
  return decimalToNumber(addDecimals(values.map((value) => decimalOf(value ?? 0))));
}

function sumUnit(first: QuantityUnit | null, units: readonly (QuantityUnit | null)[]): QuantityUnit | null {
  if (first === null || units.every((other) => other === first)) return first;
  return quantityDimensionBaseUnits[quantityUnitInfo[first].dimension];
}

/**
 * Adds quantities by adding their bounds: 400余 + 52 is (452, 552). An unbounded bound stays unbounded, and a
 * bound of the sum is inclusive only when that bound of every part is. Units of one dimension are converted
 * (元 + 万元 in yuan); units of different dimensions, or a bare number with a unit, are never added: they give
 * `quantity.unit_mismatch`. Parts whose bounds leave no value give `quantity.bounds_inverted`.
 *
 * The sum is written in the plainest form that says it exactly, and its `text` is that canonical zh-CN
 * form: "452名" when exact, "452名以上", "80名以下", else a range such as "多于452名且少于552名", which
 * {@link parseQuantity} reads back. Mixed units of one dimension give the dimension's base unit
 * (元 for money, 人 for persons, 个 for counts). One part is returned as it is; no parts give exact 0.
 *
 * @param quantities - the parts to add
 * @param options - `path` to put on issues
 * @returns the sum, or the issues that prevent it
 * @throws DangjianError `invalid_argument` when quantities is not an array
 * @example
 * ```ts
 * const sum = sumQuantities([parseQuantity("400余名").value!, parseQuantity("52名").value!]);
 * if (sum.ok) sum.value.text; // "多于452名且少于552名"
 * ```
 * @category Quantities
 */
export function sumQuantities(quantities: readonly Quantity[], options: SumQuantitiesOptions = {}): ParseResult<Quantity> {
  if (!Array.isArray(quantities)) {
    throw new DangjianError("invalid_argument", "sumQuantities needs an array of quantities");
  }
  const base = typeof options.path === "string" ? fromJsonPointer(options.path) : [...(options.path ?? [])];
  const issues: Issue[] = quantities.flatMap((quantity, index) => checkQuantityBounds(quantity, [...base, index]));
  if (issues.length > 0) return { ok: false, issues };
  if (quantities.length === 0) return { ok: true, value: exactQuantity(0), issues: [] };
  const units = quantities.map((quantity) => quantity.unit);
  const first = units[0] ?? null;
  if (!units.every((unit) => compatibleUnits(first, unit))) {
    const distinct = [...new Set(units.map((unit) => unit ?? "(none)"))];
    const issue = createIssue("quantity.unit_mismatch", quantityMessages["quantity.unit_mismatch"], {
      path: toJsonPointer(base),
      params: { units: distinct },
    });
    return { ok: false, issues: [issue] };
  }
  const [only] = quantities;
  if (quantities.length === 1 && only !== undefined) return { ok: true, value: only, issues: [] };
  const unit = sumUnit(first, units);
  const min = sumBound(quantities.map((quantity) => quantity.min));
  const max = sumBound(quantities.map((quantity) => quantity.max));
  const value = quantityFromBounds(
    {
      min,
      max,
      minInclusive: min !== null && quantities.every((quantity) => quantity.minInclusive),
      maxInclusive: max !== null && quantities.every((quantity) => quantity.maxInclusive),
    },
    unit,
  );
  return { ok: true, value, issues: [] };
}
