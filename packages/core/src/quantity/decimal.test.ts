import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDecimals, decimalOf, decimalToNumber, groupThousands, plainNumber } from "./decimal.js";

describe("decimal helpers", () => {
  it("write numbers in plain notation", () => {
    expect(plainNumber(1.2)).toBe("1.2");
    expect(plainNumber(10_000)).toBe("10000");
    expect(plainNumber(1e-7)).toBe("0.0000001");
    expect(plainNumber(1e21)).toBe("1000000000000000000000");
    expect(plainNumber(0)).toBe("0");
  });

  it("group thousands", () => {
    expect(groupThousands("1234567.25")).toBe("1,234,567.25");
    expect(groupThousands("999")).toBe("999");
  });

  it("add decimals exactly where floating point does not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(decimalToNumber(addDecimals([decimalOf(0.1), decimalOf(0.2)]))).toBe(0.3);
  });

  it("round-trip any finite number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(decimalToNumber(decimalOf(value))).toBe(value === 0 ? 0 : value);
        expect(Number(plainNumber(value))).toBe(value === 0 ? 0 : value);
      }),
    );
  });
});
