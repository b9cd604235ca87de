import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS,
  unifiedSocialCreditCodeCheckCharacter,
} from "./unified-social-credit-code-check-character.js";

// weights as printed in the domain brief §5.4, independent of the formula the code uses
const BRIEF_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

function reference(body: string): string {
  const sum = [...body].reduce((total, character, index) => total + ALPHABET.indexOf(character) * BRIEF_WEIGHTS[index]!, 0);
  const check = 31 - (sum % 31);
  return ALPHABET[check === 31 ? 0 : check]!;
}

describe("unifiedSocialCreditCodeCheckCharacter", () => {
  it("uses the 31 characters without I, O, S, V, Z", () => {
    expect(UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS).toBe(ALPHABET);
    expect(UNIFIED_SOCIAL_CREDIT_CODE_CHARACTERS).not.toMatch(/[IOSVZ]/);
  });

  it("gives 3 for the brief's test vector 91350100M000100Y4", () => {
    expect(unifiedSocialCreditCodeCheckCharacter("91350100M000100Y4")).toBe("3");
  });

  it("agrees with the brief's weight table on any body", () => {
    const body = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 17, maxLength: 17 });
    fc.assert(fc.property(body, (text) => unifiedSocialCreditCodeCheckCharacter(text) === reference(text)));
  });

  it("is 0 when the sum is a multiple of 31", () => {
    expect(unifiedSocialCreditCodeCheckCharacter("0".repeat(17))).toBe("0");
  });

  it("is undefined for a body of the wrong length or with foreign characters", () => {
    expect(unifiedSocialCreditCodeCheckCharacter("91350100M000100Y")).toBeUndefined();
    expect(unifiedSocialCreditCodeCheckCharacter("91350100M000100I4")).toBeUndefined();
    expect(unifiedSocialCreditCodeCheckCharacter("91350100m000100Y4")).toBeUndefined();
  });
});
