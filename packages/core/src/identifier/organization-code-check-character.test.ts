import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { organizationCodeCheckCharacter } from "./organization-code-check-character.js";

// GB 11714 as the domain brief §5.5 states it
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const VALUES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function checkValue(body: string): number {
  const sum = [...body].reduce((total, character, index) => total + VALUES.indexOf(character) * WEIGHTS[index]!, 0);
  return 11 - (sum % 11);
}

const body = fc.string({ unit: fc.constantFrom(...VALUES), minLength: 8, maxLength: 8 });

describe("organizationCodeCheckCharacter", () => {
  it("gives 4 for the body M000100Y of the brief's USCC test vector", () => {
    expect(organizationCodeCheckCharacter("M000100Y")).toBe("4");
  });

  it("writes 10 as X, 11 as 0 and anything else as its digit", () => {
    fc.assert(
      fc.property(body, (text) => {
        const value = checkValue(text);
        const expected = value === 10 ? "X" : value === 11 ? "0" : String(value);
        expect(organizationCodeCheckCharacter(text)).toBe(expected);
      }),
    );
  });

  it("reaches both special cases", () => {
    // sum 0 gives 11 - 0 = 11; 4 · 3 = 12 ≡ 1 (mod 11) gives 10
    expect(organizationCodeCheckCharacter("00000000")).toBe("0");
    expect(organizationCodeCheckCharacter("40000000")).toBe("X");
  });

  it("is undefined for a body that is not 8 digits or capital letters", () => {
    expect(organizationCodeCheckCharacter("M000100")).toBeUndefined();
    expect(organizationCodeCheckCharacter("m000100Y")).toBeUndefined();
  });
});
