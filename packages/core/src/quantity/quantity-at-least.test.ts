import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import type { Quantity } from "./quantity.js";
import { parseQuantity } from "./parse-quantity.js";
import { quantityAtLeast } from "./quantity-at-least.js";
import { quantityAtMost } from "./quantity-at-most.js";

function parsed(text: string): Quantity {
  const result = parseQuantity(text);
  if (!result.ok) throw new Error(text);
  return result.value;
}

describe("quantityAtLeast", () => {
  it.each([
    ["20万元以上", 200_000, true],
    ["20万元以上", 200_001, "unknown"],
    ["20万元以上", 100_000, true],
    ["400余名", 400, true],
    ["400余名", 401, "unknown"],
    ["400余名", 500, false],
    ["400余名", 499, "unknown"],
    ["近1万名", 10_000, false],
    ["近1万名", 9000, true],
    ["近1万名", 9500, "unknown"],
    ["52个", 52, true],
    ["52个", 53, false],
    ["50名以下", 0, true],
    ["50名以下", 50, "unknown"],
    ["50名以下", 51, false],
  ] as const)("%s at least %d is %s", (text, threshold, expected) => {
    expect(quantityAtLeast(parsed(text), threshold)).toBe(expected);
  });

  it("rejects a threshold that is not a finite number", () => {
    for (const threshold of [Number.NaN, Infinity, "5" as never]) {
      try {
        quantityAtLeast(parsed("5"), threshold);
        expect.unreachable();
      } catch (error) {
        expect(isDangjianError(error) && error.code).toBe("invalid_argument");
      }
    }
  });
});

describe("quantityAtLeast and quantityAtMost together", () => {
  it("never both say false, and agree with every value inside the bounds", () => {
    const quantity = fc
      .tuple(fc.integer({ min: 1, max: 2000 }), fc.constantFrom("", "余", "多", "以上", "以下", "近", "约"))
      .map(([n, form]) => parsed(form === "近" || form === "约" ? `${form}${n * 10}名` : form === "余" || form === "多" ? `${n}${form}名` : `${n}名${form}`));
    fc.assert(
      fc.property(quantity, fc.integer({ min: 0, max: 30_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (q, threshold, f) => {
        const atLeast = quantityAtLeast(q, threshold);
        const atMost = quantityAtMost(q, threshold);
        expect(atLeast === false && atMost === false).toBe(false);
        // a value inside the bounds: strictly inside when open, on the bound when closed
        const min = q.min ?? 0;
        const max = q.max ?? min + 1000;
        const inside = min + f * (max - min);
        const valid = (inside > min || (inside === min && q.minInclusive)) && (inside < max || (inside === max && (q.maxInclusive || q.max === null)));
        if (!valid) return;
        if (atLeast === true) expect(inside).toBeGreaterThanOrEqual(threshold);
        if (atLeast === false) expect(inside).toBeLessThan(threshold);
        if (atMost === true) expect(inside).toBeLessThanOrEqual(threshold);
        if (atMost === false) expect(inside).toBeGreaterThan(threshold);
      }),
      { numRuns: 2000 },
    );
  });
});
