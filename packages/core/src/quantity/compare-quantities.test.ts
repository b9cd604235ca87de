import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Quantity } from "./quantity.js";
import { exactQuantity } from "./quantity.js";
import { parseQuantity } from "./parse-quantity.js";
import { compareQuantities } from "./compare-quantities.js";

function parsed(text: string): Quantity {
  const result = parseQuantity(text);
  if (!result.ok) throw new Error(text);
  return result.value;
}

describe("compareQuantities", () => {
  it.each([
    ["52个", "52个", "equal"],
    ["52个", "53个", "less"],
    ["53个", "52个", "greater"],
    ["400余名", "500名", "less"],
    ["400余名", "400名", "greater"],
    ["400余名", "450名", "unknown"],
    ["400余名", "500余名", "less"],
    ["400余名", "400余名", "unknown"],
    ["近1万名", "1万名", "less"],
    ["近1万名", "9000名", "unknown"],
    ["近1万名", "8999名", "greater"],
    ["1万余名", "近1万名", "greater"],
    ["20万元以上", "199999元", "greater"],
    ["20万元以上", "20万元", "unknown"],
    ["20万元以上", "30万元", "unknown"],
    ["20万元", "200000元", "equal"],
    ["50名以下", "50名", "unknown"],
    ["50名以下", "51名", "less"],
    ["少于50名", "50名", "less"],
    ["约500人", "549人", "unknown"],
    ["约500人", "551人", "less"],
    ["52个", "52名", "unknown"],
    ["52", "52个", "unknown"],
    ["1200余名", "5至10名", "greater"],
  ])("%s against %s is %s", (a, b, expected) => {
    expect(compareQuantities(parsed(a), parsed(b))).toBe(expected);
  });

  it("is antisymmetric and says equal only for equal exact figures", () => {
    const opposite = { less: "greater", greater: "less", equal: "equal", unknown: "unknown" } as const;
    const quantity = fc
      .tuple(fc.integer({ min: 1, max: 2000 }), fc.constantFrom("", "余", "以上", "以下", "近", "约"))
      .map(([n, form]) => parsed(form === "近" || form === "约" ? `${form}${n}名` : form === "余" ? `${n}余名` : `${n}名${form}`));
    fc.assert(
      fc.property(quantity, quantity, (a, b) => {
        const result = compareQuantities(a, b);
        expect(compareQuantities(b, a)).toBe(opposite[result]);
        if (result === "equal") expect(a.qualifier === null && b.qualifier === null && a.min === b.min).toBe(true);
      }),
    );
  });

  it("agrees with number comparison for exact figures", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, b) => {
        const expected = a < b ? "less" : a > b ? "greater" : "equal";
        expect(compareQuantities(exactQuantity(a, "元"), exactQuantity(b / 10_000, "万元"))).toBe(expected);
      }),
    );
  });
});
