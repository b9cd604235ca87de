import { describe, expect, it } from "vitest";
import type { Quantity } from "./quantity.js";
import { parseQuantity } from "./parse-quantity.js";
import { quantityAtMost } from "./quantity-at-most.js";

function parsed(text: string): Quantity {
  const result = parseQuantity(text);
  if (!result.ok) throw new Error(text);
  return result.value;
}

describe("quantityAtMost", () => {
  it.each([
    ["400余名", 500, true],
    ["400余名", 450, "unknown"],
    ["400余名", 400, false],
    ["400余名", 399, false],
    ["50名以下", 50, true],
    ["50名以下", 49, "unknown"],
    ["20万元以上", 10_000_000, "unknown"],
    ["20万元以上", 199_999, false],
    ["近1万名", 10_000, true],
    ["近1万名", 8999, false],
    ["52个", 52, true],
    ["52个", 51, false],
  ] as const)("%s at most %d is %s", (text, threshold, expected) => {
    expect(quantityAtMost(parsed(text), threshold)).toBe(expected);
  });

  it("rejects a threshold that is not a finite number", () => {
    expect(() => quantityAtMost(parsed("5"), Number.NaN)).toThrowError(/finite threshold/);
  });
});
