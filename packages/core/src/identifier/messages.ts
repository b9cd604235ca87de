import { defineMessages } from "../issue/message.js";

/**
 * The code of an issue the identifier parsers raise.
 *
 * @category Identifiers
 */
export type IdentifierIssueCode =
  | "uscc.length"
  | "uscc.character"
  | "uscc.check_mismatch"
  | "uscc.organization_code_check_mismatch"
  | "uscc.region_code_invalid"
  | "resident_id.length"
  | "resident_id.character"
  | "resident_id.region_code_invalid"
  | "resident_id.birth_date_invalid"
  | "resident_id.birth_date_after_as_of"
  | "resident_id.check_mismatch"
  | "phone.country_code"
  | "phone.character"
  | "phone.length"
  | "phone.prefix";

/**
 * The messages of every issue the identifier parsers raise (`uscc.*`, `resident_id.*`, `phone.*`),
 * in zh-CN and en, keyed by issue code. Positions count from 1, as the standards do. Resident ID
 * and phone messages never repeat the whole number: issues end up in logs and reports.
 *
 * @example
 * ```ts
 * renderMessage(identifierMessages["uscc.check_mismatch"], { expected: "3", found: "4" }).en;
 * // "check character should be 3, found 4"
 * ```
 * @category Identifiers
 */
export const identifierMessages = defineMessages<IdentifierIssueCode>({
  "uscc.length": {
    severity: "error",
    "zh-CN": "统一社会信用代码长度为 {length}，应为 18 位",
    en: "length is {length}, expected 18",
  },
  "uscc.character": {
    severity: "error",
    "zh-CN": "第 {position} 位“{character}”不是代码字符（数字及除 I、O、S、V、Z 外的大写字母）",
    en: 'character "{character}" at position {position} is not allowed (digits and capital letters except I, O, S, V, Z)',
  },
  "uscc.check_mismatch": {
    severity: "error",
    "zh-CN": "校验码应为 {expected}，实为 {found}",
    en: "check character should be {expected}, found {found}",
  },
  "uscc.organization_code_check_mismatch": {
    severity: "warning",
    "zh-CN": "主体标识码（组织机构代码，第 9–17 位）的校验码应为 {expected}，实为 {found}；部分早期试点代码如此",
    en: "organization code (positions 9–17) check character should be {expected}, found {found}; some early pilot codes are like this",
  },
  "uscc.region_code_invalid": {
    severity: "warning",
    "zh-CN": "登记管理机关行政区划码（第 3–8 位）{regionCode} 不是有效的区划代码",
    en: "registration region code (positions 3–8) {regionCode} is not a valid region code",
  },
  "resident_id.length": {
    severity: "error",
    "zh-CN": "公民身份号码长度为 {length}，应为 18 位",
    en: "length is {length}, expected 18",
  },
  "resident_id.character": {
    severity: "error",
    "zh-CN": "第 {position} 位“{character}”不允许：前 17 位为数字，第 18 位为数字或 X",
    en: 'character "{character}" at position {position} is not allowed: positions 1–17 are digits, position 18 a digit or X',
  },
  "resident_id.region_code_invalid": {
    severity: "warning",
    "zh-CN": "地址码（第 1–6 位）{regionCode} 不是有效的区划代码",
    en: "address code (positions 1–6) {regionCode} is not a valid region code",
  },
  "resident_id.birth_date_invalid": {
    severity: "error",
    "zh-CN": "出生日期 {birthDate} 不是真实存在的日期",
    en: "birth date {birthDate} is not a real day",
  },
  "resident_id.birth_date_after_as_of": {
    severity: "error",
    "zh-CN": "出生日期 {birthDate} 晚于 {asOf}",
    en: "birth date {birthDate} is after {asOf}",
  },
  "resident_id.check_mismatch": {
    severity: "error",
    "zh-CN": "校验码应为 {expected}，实为 {found}",
    en: "check character should be {expected}, found {found}",
  },
  "phone.country_code": {
    severity: "error",
    "zh-CN": "国际区号只接受 +86",
    en: "the only country code accepted is +86",
  },
  "phone.character": {
    severity: "error",
    "zh-CN": "第 {position} 位“{character}”不是数字",
    en: 'character "{character}" at position {position} is not a digit',
  },
  "phone.length": {
    severity: "error",
    "zh-CN": "手机号码有 {length} 位数字，应为 11 位",
    en: "has {length} digits, expected 11",
  },
  "phone.prefix": {
    severity: "error",
    "zh-CN": "号码以 {prefix} 开头，大陆手机号码以 13 至 19 开头",
    en: "starts with {prefix}, mainland mobile numbers start with 13 to 19",
  },
});

