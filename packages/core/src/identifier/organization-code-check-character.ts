import { requireString } from "../error/require-string.js";

const BODY = /^[0-9A-Z]{8}$/;
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * Computes the check character of an organization code (组织机构代码, GB 11714-1997), the 9th
 * character of the code and the 17th of a unified social credit code. Body characters are valued
 * 0–9 for digits and 10–35 for A–Z; with weights 3, 7, 9, 10, 5, 8, 4, 2 the check is
 * 11 − (Σ mod 11), written `X` for 10 and `0` for 11.
 *
 * @param body - the first 8 characters of the organization code, digits and capital letters
 * @returns the check character, or `undefined` when `body` is not 8 digits or capital letters
 * @throws DangjianError `invalid_argument` when `body` is not a string
 * @example
 * ```ts
 * organizationCodeCheckCharacter("M000100Y"); // "4"
 * ```
 * @category Identifiers
 */
export function organizationCodeCheckCharacter(body: string): string | undefined {
  requireString(body, "organizationCodeCheckCharacter(body)");
  if (!BODY.test(body)) return undefined;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number.parseInt(body.charAt(index), 36) * (WEIGHTS[index] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}
