import { requireString } from "../error/require-string.js";

/**
 * The 31 characters of a unified social credit code, in value order 0–30 (no I, O, S, V, Z).
 *
 * @example
 * ```ts
 * UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS.indexOf("Y"); // 30
 * ```
 * @category Identifiers
 */
export const UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

// W_i = 3^(i-1) mod 31 for positions 1..17 (GB 32100-2015)
const WEIGHTS = Array.from({ length: 17 }, (_, index) => {
  let weight = 1;
  for (let step = 0; step < index; step++) weight = (weight * 3) % 31;
  return weight;
});

/**
 * Computes the check character (position 18) of a unified social credit code (统一社会信用代码,
 * GB 32100-2015): with character values 0–30 and weights 3^(i−1) mod 31, the check value is
 * 31 − (Σ mod 31), and 0 when that is 31.
 *
 * @param body - the first 17 characters, from {@link UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS}
 * @returns the check character, or `undefined` when `body` is not 17 such characters
 * @throws DangjianError `invalid_argument` when `body` is not a string
 * @example
 * ```ts
 * unifiedSocialCreditCodeCheckCharacter("91350100M000100Y4"); // "3"
 * ```
 * @category Identifiers
 */
export function unifiedSocialCreditCodeCheckCharacter(body: string): string | undefined {
  requireString(body, "unifiedSocialCreditCodeCheckCharacter(body)");
  if (body.length !== 17) return undefined;
  let sum = 0;
  for (let index = 0; index < 17; index++) {
    const value = UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS.indexOf(body.charAt(index));
    if (value < 0) return undefined;
    sum += value * (WEIGHTS[index] ?? 0);
  }
  return UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS.charAt((31 - (sum % 31)) % 31);
}
