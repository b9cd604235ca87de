import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { maskResidentIdNumber } from "./mask-resident-id-number.js";

describe("maskResidentIdNumber", () => {
  it("keeps the first 3 and last 4 characters, hiding county and birth date", () => {
    expect(maskResidentIdNumber("11010519491231002X")).toBe("110***********002X");
    expect(maskResidentIdNumber("440524188001010014")).toBe("440***********0014");
    expect(maskResidentIdNumber("11010519491231002x")).toBe("110***********002X");
  });

  it("masks text of any other length whole", () => {
    expect(maskResidentIdNumber("110105491231002")).toBe("***************");
    expect(maskResidentIdNumber("")).toBe("");
  });

  it("never shows positions 4–14 of an 18-character text", () => {
    const text = fc.string({ unit: fc.constantFrom(..."0123456789X"), minLength: 18, maxLength: 18 });
    fc.assert(
      fc.property(text, (number) => {
        const masked = maskResidentIdNumber(number);
        expect(masked).toHaveLength(18);
        expect(masked.slice(3, 14)).toBe("*".repeat(11));
        expect(masked.slice(0, 3) + masked.slice(14)).toBe(number.slice(0, 3) + number.slice(14));
      }),
    );
  });

  it("throws DangjianError for a non-string", () => {
    expect(() => maskResidentIdNumber(undefined as never)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
