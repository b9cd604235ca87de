import { requireString } from "../error/require-string.js";

const BODY = /^[0-9]{17}$/;
const CHECK = "10X98765432";
// W_i = 2^(18-i) mod 11 for positions 1..17 (ISO 7064 MOD 11-2)
const WEIGHTS = Array.from({ length: 17 }, (_, index) => {
  let weight = 1;
  for (let step = 0; step < 17 - index; step++) weight = (weight * 2) % 11;
  return weight;
});

/**
 * Computes the check character (position 18) of a resident ID number (公民身份号码, GB 11643-1999,
 * ISO 7064 MOD 11-2): with weights 2^(18−i) mod 11 (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
 * and r = Σ mod 11, the check is `"10X98765432"[r]`.
 *
 * @param body - the first 17 digits
 * @returns the check character (`0`–`9` or `X`), or `undefined` when `body` is not 17 digits
 * @throws DangjianError `invalid_argument` when `body` is not a string
 * @example
 * ```ts
 * residentIdCheckCharacter("11010519491231002"); // "X"
 * ```
 * @category Identifiers
 */
export function residentIdCheckCharacter(body: string): string | undefined {
  requireString(body, "residentIdCheckCharacter(body)");
  if (!BODY.test(body)) return undefined;
  let sum = 0;
  for (let index = 0; index < 17; index++) sum += Number(body.charAt(index)) * (WEIGHTS[index] ?? 0);
  return CHECK.charAt(sum % 11);
}
