import { defineMessages } from "../issue/message.js";

/**
 * The code of an issue a quantity can raise.
 *
 * @category Quantities
 */
export type QuantityIssueCode =
  | "quantity.empty"
  | "quantity.indefinite"
  | "quantity.not_a_quantity"
  | "quantity.malformed_number"
  | "quantity.unknown_unit"
  | "quantity.trailing_text"
  | "quantity.qualifier_conflict"
  | "quantity.qualifier_needs_nonzero"
  | "quantity.out_of_range"
  | "quantity.range_ambiguous"
  | "quantity.bounds_inverted"
  | "quantity.unit_mismatch";

/**
 * The messages of every issue a quantity can raise, in zh-CN and en, keyed by issue code.
 *
 * @example
 * ```ts
 * renderMessage(quantityMessages["quantity.unknown_unit"], { text: "3号", unit: "号" }).en;
 * // 'Unknown unit "号" in "3号"'
 * ```
 * @category Quantities
 */
export const quantityMessages = defineMessages<QuantityIssueCode>({
  "quantity.empty": {
    severity: "error",
    "zh-CN": "数量为空",
    en: "The quantity is empty",
  },
  "quantity.indefinite": {
    severity: "error",
    "zh-CN": "“{text}”没有给出具体数字，不能作为数量",
    en: '"{text}" states no figure and cannot be read as a quantity',
  },
  "quantity.not_a_quantity": {
    severity: "error",
    "zh-CN": "“{text}”不是数量（无法识别“{rest}”）",
    en: '"{text}" is not a quantity (cannot read "{rest}")',
  },
  "quantity.malformed_number": {
    severity: "error",
    "zh-CN": "“{text}”中的数字“{number}”写法有误",
    en: 'The number "{number}" in "{text}" is malformed',
  },
  "quantity.unknown_unit": {
    severity: "error",
    "zh-CN": "“{text}”中的单位“{unit}”无法识别",
    en: 'Unknown unit "{unit}" in "{text}"',
  },
  "quantity.trailing_text": {
    severity: "error",
    "zh-CN": "“{text}”在数量之后还有多余文字“{rest}”",
    en: '"{text}" has text after the quantity: "{rest}"',
  },
  "quantity.qualifier_conflict": {
    severity: "error",
    "zh-CN": "“{text}”同时带有多个限定词（{qualifiers}），含义不明",
    en: '"{text}" carries more than one qualifier ({qualifiers}), so its meaning is unclear',
  },
  "quantity.qualifier_needs_nonzero": {
    severity: "error",
    "zh-CN": "“{text}”中的“{qualifier}”不能用于零",
    en: 'The qualifier "{qualifier}" in "{text}" cannot apply to zero',
  },
  "quantity.out_of_range": {
    severity: "error",
    "zh-CN": "“{text}”的数值超出可处理的范围（至多 15 位有效数字，小于一千万亿）",
    en: '"{text}" is out of range (at most 15 significant digits, below 10^15)',
  },
  "quantity.range_ambiguous": {
    severity: "error",
    "zh-CN": "“{text}”的区间两端单位或倍数（万、亿）写法不一致，可能被误读，请在两端都写明，如“5万元至10万元”",
    en: '"{text}" writes the unit or multiplier (万, 亿) on only one end of the range, which could be misread; write it on both, as in "5万元至10万元"',
  },
  "quantity.bounds_inverted": {
    severity: "error",
    "zh-CN": "数量“{text}”的下限 {min} 不小于上限 {max}，没有任何值能满足",
    en: 'The quantity "{text}" has a lower bound {min} not below its upper bound {max}, so no value fits',
  },
  "quantity.unit_mismatch": {
    severity: "error",
    "zh-CN": "单位不可相加或比较：{units}",
    en: "Units that cannot be added or compared: {units}",
  },
});
