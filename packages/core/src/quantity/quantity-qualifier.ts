import { z } from "zod";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * How a stated figure is qualified. One value per Chinese surface form, so text round-trips:
 * `odd` 余 and `more` 多 mean the same ("400余名", "500多个": above the figure, below the next step of its
 * last non-zero digit), as do `about` 约 and `around` 左右 (within the tolerance either side);
 * `nearly` 近 is below the figure and within the tolerance; `at-least` 以上 and `at-most` 以下 include
 * the figure. `range` is an interval with no single stated figure (a sum, "5至10名"). An exact
 * figure has no qualifier (`null`).
 *
 * @category Quantities
 */
export const QUANTITY_QUALIFIERS = ["odd", "more", "nearly", "about", "around", "at-least", "at-most", "range"] as const;

/**
 * How a stated figure is qualified.
 *
 * @category Quantities
 */
export const QuantityQualifierSchema = z.enum(QUANTITY_QUALIFIERS);

/**
 * How a stated figure is qualified.
 *
 * @category Quantities
 */
export type QuantityQualifier = z.infer<typeof QuantityQualifierSchema>;

/**
 * The zh-CN and en labels of every quantity qualifier.
 *
 * @category Quantities
 */
export const quantityQualifierLabels = defineEnumLabels("QuantityQualifier", QUANTITY_QUALIFIERS, {
  odd: { "zh-CN": "余（多于所述数）", en: "-odd (more than the figure)" },
  more: { "zh-CN": "多（多于所述数）", en: "-plus (more than the figure)" },
  nearly: { "zh-CN": "近（接近而不足）", en: "nearly" },
  about: { "zh-CN": "约（大约）", en: "about" },
  around: { "zh-CN": "左右（大约）", en: "around" },
  "at-least": { "zh-CN": "以上（含本数）", en: "at least" },
  "at-most": { "zh-CN": "以下（含本数）", en: "at most" },
  range: { "zh-CN": "区间", en: "range" },
});

/**
 * Where a qualifier's Chinese form sits: before the number (近, 约), right after the number and its 万/亿
 * (余, 多), or after the unit (以上, 以下, 左右).
 *
 * @category Quantities
 */
export type QuantityQualifierPosition = "prefix" | "after-number" | "suffix";

/**
 * A qualifier's Chinese form and where it is written.
 *
 * @category Quantities
 */
export interface QuantityQualifierForm {
  /** The Chinese form: 余, 多, 近, 约, 左右, 以上 or 以下. */
  readonly form: string;
  /** Where the form sits relative to the number and the unit. */
  readonly position: QuantityQualifierPosition;
}

/**
 * The Chinese surface form of every qualifier that has one, and where it is written. The formatter writes
 * these forms; the parser also reads a few variants (大约, 将近, 接近).
 *
 * @example
 * ```ts
 * quantityQualifierForms.odd; // { form: "余", position: "after-number" }
 * ```
 * @category Quantities
 */
export const quantityQualifierForms: {
  readonly [Q in Exclude<QuantityQualifier, "range">]: QuantityQualifierForm;
} = {
  odd: { form: "余", position: "after-number" },
  more: { form: "多", position: "after-number" },
  nearly: { form: "近", position: "prefix" },
  about: { form: "约", position: "prefix" },
  around: { form: "左右", position: "suffix" },
  "at-least": { form: "以上", position: "suffix" },
  "at-most": { form: "以下", position: "suffix" },
};
