import { z } from "zod";
import type { Issue } from "../issue/issue.js";
import { createIssue } from "../issue/message.js";
import { DangjianError } from "../error/dangjian-error.js";
import { QuantityQualifierSchema } from "./quantity-qualifier.js";
import { QuantityUnitSchema, quantityUnitInfo, type QuantityUnit } from "./quantity-unit.js";
import { quantityMessages } from "./messages.js";
import { decimalOf, decimalToNumber } from "./decimal.js";
import { formatQuantity } from "./format-quantity.js";

/**
 * The Chinese multipliers a figure can be stated with: 万 (10^4) and 亿 (10^8).
 *
 * @category Quantities
 */
export const QUANTITY_SCALES = ["万", "亿"] as const;

/**
 * A Chinese multiplier a figure is stated with.
 *
 * @category Quantities
 */
export const QuantityScaleSchema = z.enum(QUANTITY_SCALES);

/**
 * A Chinese multiplier a figure is stated with: `"万"` or `"亿"`.
 *
 * @category Quantities
 */
export type QuantityScale = z.infer<typeof QuantityScaleSchema>;

/**
 * A loose quantity: what the text said and what it means.
 *
 * - `min`, `max`: the bounds, always in the base unit of the unit's dimension (yuan for money, so
 *   "20万元以上" has `min` 200000; every other unit counts one by one); `null` when unbounded.
 * - `minInclusive`, `maxInclusive`: whether a bound itself is a possible value (false when unbounded).
 * - `unit`: the unit as written, or null for a bare number.
 * - `qualifier`: 余, 多, 近, 约, 左右, 以上, 以下 as codes, `range` for an interval with no single
 *   figure, `null` for an exact figure.
 * - `stated`, `scale`: the figure as written, before 万/亿 and the unit's own multiplier
 *   ("1.2万余户": `stated` 1.2, `scale` "万"); `null` for a range.
 *
 * There is deliberately no `min <= max` refinement here: {@link checkQuantityBounds} reports it as an issue.
 *
 * @example
 * ```ts
 * const q: Quantity = {
 *   text: "400余名", min: 400, max: 500, minInclusive: false, maxInclusive: false,
 *   unit: "名", qualifier: "odd", stated: 400, scale: null,
 * };
 * ```
 * @category Quantities
 */
export const QuantitySchema = z.object({
  /** The text as written, trimmed ("400余名"); for a sum, its canonical zh-CN form. */
  text: z.string(),
  /** The lower bound in the base unit of the unit's dimension (yuan for money); null when unbounded. */
  min: z.number().nullable(),
  /** The upper bound in the base unit of the unit's dimension (yuan for money); null when unbounded. */
  max: z.number().nullable(),
  /** Whether `min` itself is a possible value; false when unbounded. */
  minInclusive: z.boolean(),
  /** Whether `max` itself is a possible value; false when unbounded. */
  maxInclusive: z.boolean(),
  /** The unit as written, or null for a bare number. */
  unit: QuantityUnitSchema.nullable(),
  /** How the figure is qualified; null for an exact figure. */
  qualifier: QuantityQualifierSchema.nullable(),
  /** The figure as written, before 万/亿 and the unit's multiplier (1.2 in "1.2万余户"); null for a range. */
  stated: z.number().nullable(),
  /** The multiplier 万 or 亿 the figure was written with, or null. */
  scale: QuantityScaleSchema.nullable(),
});

/**
 * A loose quantity: immutable, with the text as stated and the bounds it means.
 *
 * @category Quantities
 */
export type Quantity = Readonly<z.infer<typeof QuantitySchema>>;

/**
 * Checks that a quantity's bounds leave at least one value: the lower bound must be below the upper bound,
 * or equal to it with both bounds inclusive. The dataset parser calls this for quantities given as objects.
 *
 * @param quantity - the quantity to check
 * @param path - where the quantity is in the input, put on the issue
 * @returns `quantity.bounds_inverted` when no value fits; otherwise no issues
 * @example
 * ```ts
 * checkQuantityBounds({ ...exactQuantity(5), min: 6 }); // [{ code: "quantity.bounds_inverted", … }]
 * ```
 * @category Quantities
 */
export function checkQuantityBounds(quantity: Quantity, path: string | readonly PropertyKey[] = ""): Issue[] {
  const { min, max } = quantity;
  if (min === null || max === null) return [];
  if (min < max) return [];
  if (min === max && quantity.minInclusive && quantity.maxInclusive) return [];
  return [
    createIssue("quantity.bounds_inverted", quantityMessages["quantity.bounds_inverted"], {
      path,
      params: { text: quantity.text, min, max },
    }),
  ];
}

/**
 * Creates an exact quantity, such as a count of records.
 *
 * @param value - the amount as written in the unit: `exactQuantity(20, "万元")` is 200,000 yuan
 * @param unit - the unit, or null (the default) for a bare number
 * @returns the frozen quantity, with its canonical zh-CN text
 * @throws DangjianError `invalid_argument` when the value is negative or not finite, or the unit is unknown
 * @example
 * ```ts
 * exactQuantity(52, "个").text; // "52个"
 * exactQuantity(20, "万元").min; // 200000
 * ```
 * @category Quantities
 */
export function exactQuantity(value: number, unit: QuantityUnit | null = null): Quantity {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new DangjianError("invalid_argument", `exactQuantity needs a finite non-negative number, received ${String(value)}`);
  }
  if (unit !== null && !QuantityUnitSchema.safeParse(unit).success) {
    throw new DangjianError("invalid_argument", `exactQuantity received an unknown unit: ${String(unit)}`);
  }
  const stated = decimalOf(value);
  const exponent = unit === null ? 0 : quantityUnitInfo[unit].exponent;
  const base = decimalToNumber({ digits: stated.digits, exponent: stated.exponent + exponent });
  const shape = {
    min: base,
    max: base,
    minInclusive: true,
    maxInclusive: true,
    unit,
    qualifier: null,
    stated: value,
    scale: null,
  };
  return Object.freeze({ text: formatQuantity({ text: "", ...shape }), ...shape });
}
