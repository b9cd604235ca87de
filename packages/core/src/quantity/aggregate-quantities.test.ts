import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { aggregateQuantities, subtractQuantities } from "./aggregate-quantities.js";
import { parseQuantity } from "./parse-quantity.js";
import { exactQuantity, type Quantity } from "./quantity.js";
import { quantityFromBounds } from "./from-bounds.js";

const q = (text: string): Quantity => {
  const result = parseQuantity(text);
  if (!result.ok) throw new Error(text);
  return result.value;
};

describe("aggregateQuantities", () => {
  it("sums as sumQuantities does, keeping loose figures loose", () => {
    const sum = aggregateQuantities([q("400余名"), q("52名")], "sum");
    expect(sum.value).toMatchObject({ min: 452, max: 552, minInclusive: false, maxInclusive: false });
  });

  it("takes the interval the largest figure can be in", () => {
    const max = aggregateQuantities([q("400余名"), q("450名")], "max").value!;
    expect(max).toMatchObject({ min: 450, max: 500, minInclusive: true, maxInclusive: false });
    expect(aggregateQuantities([q("20万元以上"), q("25万元")], "max").value).toMatchObject({ min: 250000, max: null });
  });

  it("takes the interval the smallest figure can be in", () => {
    const min = aggregateQuantities([q("20万元以上"), q("25万元")], "min").value!;
    expect(min).toMatchObject({ min: 200000, max: 250000, minInclusive: true, maxInclusive: true });
    expect(aggregateQuantities([q("400余名"), q("400名")], "min").value).toMatchObject({ min: 400, max: 400, minInclusive: true });
  });

  it("has no roll-up for none or for nothing", () => {
    expect(aggregateQuantities([q("3个")], "none")).toEqual({ ok: false, issues: [] });
    expect(aggregateQuantities([], "max")).toEqual({ ok: false, issues: [] });
  });

  it("refuses units of different dimensions", () => {
    const result = aggregateQuantities([q("3个"), q("20万元")], "max");
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.code).toBe("quantity.unit_mismatch");
  });

  it("contains the true maximum and minimum of any values drawn from the figures", () => {
    const bounds = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 50 }));
    fc.assert(
      fc.property(fc.array(bounds, { minLength: 1, maxLength: 6 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 }), (parts, picks) => {
        const quantities = parts.map(([min, width]) => quantityFromBounds({ min, max: min + width, minInclusive: true, maxInclusive: true }, "名"));
        const values = parts.map(([min, width], i) => min + Math.round(width * picks[i]!));
        for (const [aggregation, truth] of [["max", Math.max(...values)], ["min", Math.min(...values)]] as const) {
          const result = aggregateQuantities(quantities, aggregation).value!;
          expect(truth).toBeGreaterThanOrEqual(result.min!);
          expect(truth).toBeLessThanOrEqual(result.max!);
        }
      }),
    );
  });
});

describe("subtractQuantities", () => {
  it("subtracts bounds crosswise", () => {
    expect(subtractQuantities(q("500名"), q("400余名")).value).toMatchObject({ min: 0, max: 100, minInclusive: false, maxInclusive: false });
    expect(subtractQuantities(q("52个"), q("52个")).value).toMatchObject({ min: 0, max: 0, qualifier: null });
  });

  it("keeps an unbounded side unbounded and decimals exact", () => {
    expect(subtractQuantities(q("20万元以上"), q("5万元")).value).toMatchObject({ min: 150000, max: null });
    expect(subtractQuantities(exactQuantity(0.3), exactQuantity(0.1)).value).toMatchObject({ min: 0.2, max: 0.2 });
  });
});
