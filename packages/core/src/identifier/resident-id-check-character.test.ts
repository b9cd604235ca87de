import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { residentIdCheckCharacter } from "./resident-id-check-character.js";

// weights and check table as printed in the domain brief §5.6
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

function reference(body: string): string {
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index]!, 0);
  return CHECK[sum % 11]!;
}

describe("residentIdCheckCharacter", () => {
  it("gives the check characters of the brief's test vectors", () => {
    expect(residentIdCheckCharacter("11010519491231002")).toBe("X");
    expect(residentIdCheckCharacter("44052418800101001")).toBe("4");
  });

  it("agrees with the brief's weight table on any 17 digits", () => {
    const body = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 17, maxLength: 17 });
    fc.assert(fc.property(body, (text) => residentIdCheckCharacter(text) === reference(text)));
  });

  it("is undefined for a body that is not 17 digits", () => {
    expect(residentIdCheckCharacter("1101051949123100")).toBeUndefined();
    expect(residentIdCheckCharacter("1101051949123100X")).toBeUndefined();
  });
});
