import { defineMessages } from "../issue/message.js";

/**
 * The code of an issue a region code can raise.
 *
 * @category Regions
 */
export type RegionCodeIssueCode =
  | "region_code.length"
  | "region_code.not_digit"
  | "region_code.province_zero"
  | "region_code.prefecture_zero"
  | "region_code.township_zero"
  | "region_code.village_without_township"
  | "region_code.not_canonical";

/**
 * The messages of every issue a region code can raise, in zh-CN and en, keyed by issue code.
 * Positions count from 1, as the standards do.
 *
 * @example
 * ```ts
 * renderMessage(regionCodeMessages["region_code.length"], { length: 5 }).en;
 * // "length is 5, expected 6, 9 or 12 digits"
 * ```
 * @category Regions
 */
export const regionCodeMessages = defineMessages<RegionCodeIssueCode>({
  "region_code.length": {
    severity: "error",
    "zh-CN": "区划代码长度为 {length}，应为 6、9 或 12 位数字",
    en: "length is {length}, expected 6, 9 or 12 digits",
  },
  "region_code.not_digit": {
    severity: "error",
    "zh-CN": "区划代码第 {position} 位“{character}”不是数字",
    en: 'character "{character}" at position {position} is not a digit',
  },
  "region_code.province_zero": {
    severity: "error",
    "zh-CN": "省级部分（第 1–2 位）为 00",
    en: "province part (digits 1–2) is 00",
  },
  "region_code.prefecture_zero": {
    severity: "error",
    "zh-CN": "地级部分（第 3–4 位）为 00，其后的数字 {rest} 却不全为 0",
    en: "prefecture part (digits 3–4) is 00 but the digits after it, {rest}, are not all 0",
  },
  "region_code.township_zero": {
    severity: "error",
    "zh-CN": "9 位代码的乡级部分（第 7–9 位）为 000",
    en: "township part (digits 7–9) of a 9-digit code is 000",
  },
  "region_code.village_without_township": {
    severity: "error",
    "zh-CN": "乡级部分（第 7–9 位）为 000，村级部分却为 {village}",
    en: "township part (digits 7–9) is 000 but village part is {village}",
  },
  "region_code.not_canonical": {
    severity: "error",
    "zh-CN": "{text} 是补足 12 位的统计用代码，规范写法为 {code}",
    en: "{text} is the 12-digit padded statistical form, write {code}",
  },
});

