import { DangjianError, maskPhoneNumber, maskResidentIdNumber } from "@dangjian/core";

// ASCII and full-width digits: forms and pasted text use both.
const DIGITS = "0-9\\uFF10-\\uFF19";
// A figure is not personal data when it is part of a longer digit run or of a decimal (`1.5`, `13800138000.5`).
const NO_DIGIT_BEFORE = `(?<![${DIGITS}][.．]?)`;
const NO_DIGIT_AFTER = `(?![.．]?[${DIGITS}])`;
// A plausible birth date: a number without one is some other code (an all-digit credit code, a statistic).
const YEAR = `(?:[1１][89８９]|[2２][0０])[${DIGITS}]{2}`;
const MONTH = "(?:[0０][1-9１-９]|[1１][0-2０-２])";
const DAY = "(?:[0０][1-9１-９]|[12１２][0-9０-９]|[3３][01０１])";
const SEPARATOR = "[ \\-]?";

// 18 characters (6 + birth date + 3 + check character), optionally grouped 6-8-4 by a space or hyphen.
const RESIDENT_ID = new RegExp(
  `${NO_DIGIT_BEFORE}[${DIGITS}]{6}${SEPARATOR}${YEAR}${MONTH}${DAY}${SEPARATOR}[${DIGITS}]{3}[${DIGITS}XxＸｘ]${NO_DIGIT_AFTER}`,
  "gu",
);
// The old 15-digit form: 6 + YYMMDD + 3.
const OLD_RESIDENT_ID = new RegExp(
  `${NO_DIGIT_BEFORE}[${DIGITS}]{6}${SEPARATOR}[${DIGITS}]{2}${MONTH}${DAY}${SEPARATOR}[${DIGITS}]{3}${NO_DIGIT_AFTER}`,
  "gu",
);
// 11 digits starting 13 to 19, optionally after +86 or 0086, grouped 3-4-4 or not.
const PHONE = new RegExp(
  `${NO_DIGIT_BEFORE}(?:(?:[+＋]|00|００)[8８][6６]${SEPARATOR})?[1１][3-9３-９][${DIGITS}]${SEPARATOR}[${DIGITS}]{4}${SEPARATOR}[${DIGITS}]{4}${NO_DIGIT_AFTER}`,
  "gu",
);
const ANY_DIGIT = new RegExp(`[${DIGITS}]`, "u");

/** Full-width digits and letters to ASCII, separators dropped: the form the core maskers read. */
function compact(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF38\uFF58\uFF0B]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[ -]/g, "");
}

function maskPhone(match: string): string {
  const digits = compact(match).replace(/^(?:\+86|0086)/, "");
  return maskPhoneNumber(digits);
}

/**
 * Masks the personal data found in free text: mainland resident ID numbers (18 characters, the last
 * possibly `X`, and the old 15-digit form, each with a plausible birth date, grouped by spaces or
 * hyphens or not) with `maskResidentIdNumber`, and mainland mobile numbers (11 digits starting 13 to
 * 19, optionally after `+86` or `0086`, grouped 3-4-4 or not) with `maskPhoneNumber`. Full-width
 * digits count as digits. Digits that are part of a longer run of digits or of a decimal are left
 * alone, so region codes, 12-digit village codes and large amounts are not taken for phone numbers.
 * Masking twice changes nothing more.
 *
 * @param text - any text
 * @returns the text with every ID number and mobile number masked; the same text when none is found
 * @throws DangjianError `invalid_argument` when `text` is not a string
 * @example
 * ```ts
 * maskPersonalData("联系电话13800138000，身份证号11010519491231002X");
 * // "联系电话138****8000，身份证号110***********002X"
 * ```
 * @category Personal data
 */
export function maskPersonalData(text: string): string {
  if (typeof text !== "string") {
    throw new DangjianError("invalid_argument", `maskPersonalData(text) must be a string, got ${text === null ? "null" : typeof text}`);
  }
  if (!ANY_DIGIT.test(text)) return text;
  return text
    .replace(RESIDENT_ID, (match) => maskResidentIdNumber(compact(match)))
    .replace(OLD_RESIDENT_ID, (match) => maskResidentIdNumber(compact(match)))
    .replace(PHONE, maskPhone);
}
