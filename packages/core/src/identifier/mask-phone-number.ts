import { requireString } from "../error/require-string.js";
import { parsePhoneNumber } from "./parse-phone-number.js";

/**
 * Masks a mobile phone number for display: the first 3 and last 4 digits of the national number
 * stay, the 4 between become `*` (`138****8000`), and any `+86` prefix or separators are dropped.
 * Text that is not a valid mainland mobile number is masked whole, one `*` per character, so a
 * report never shows what it could not recognise.
 *
 * @param text - the number as written
 * @returns the masked number
 * @throws DangjianError `invalid_argument` when `text` is not a string
 * @example
 * ```ts
 * maskPhoneNumber("+86 138-0013-8000"); // "138****8000"
 * ```
 * @category Identifiers
 */
export function maskPhoneNumber(text: string): string {
  requireString(text, "maskPhoneNumber(text)");
  const result = parsePhoneNumber(text);
  if (!result.ok) return "*".repeat(Array.from(text).length);
  const { number } = result.value;
  return number.slice(0, 3) + "****" + number.slice(7);
}
