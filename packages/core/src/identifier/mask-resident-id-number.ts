import { requireString } from "../error/require-string.js";

/**
 * Masks a resident ID number for display: the first 3 and last 4 characters stay, the 11 between
 * become `*` (`110***********002X`). The kept part shows neither the county of registration nor
 * the birth date, yet lets a person recognise their own record; the number is not validated.
 * Text that is not 18 characters long is masked whole, one `*` per character, since which of its
 * characters would be safe to show cannot be told.
 *
 * @param text - the number as written
 * @returns the masked number, a final `x` written `X`
 * @throws DangjianError `invalid_argument` when `text` is not a string
 * @example
 * ```ts
 * maskResidentIdNumber("11010519491231002X"); // "110***********002X"
 * ```
 * @category Identifiers
 */
export function maskResidentIdNumber(text: string): string {
  requireString(text, "maskResidentIdNumber(text)");
  const characters = Array.from(text);
  if (characters.length !== 18) return "*".repeat(characters.length);
  return characters.slice(0, 3).join("") + "*".repeat(11) + characters.slice(14).join("").replace(/x$/, "X");
}
