import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import type { Quantity } from "./quantity.js";
import { exactQuantity } from "./quantity.js";
import { parseQuantity } from "./parse-quantity.js";
import { sumQuantities } from "./sum-quantities.js";

function parsed(text: string): Quantity {
  const result = parseQuantity(text);
  if (!result.ok) throw new Error(`${text}: ${result.issues.map((issue) => issue.message.en).join("; ")}`);
  return result.value;
}

function sum(quantities: readonly Quantity[]): Quantity {
  const result = sumQuantities(quantities);
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message.en).join("; "));
  return result.value;
}

const bounds = (q: Quantity) => [q.min, q.max, q.minInclusive, q.maxInclusive];

describe("sumQuantities", () => {
  it("adds bounds: 400余 + 52 is (452, 552)", () => {
    const total = sum([parsed("400余"), parsed("52")]);
    expect(bounds(total)).toEqual([452, 552, false, false]);
    expect(total.qualifier).toBe("range");
    expect(total.text).toBe("多于452且少于552");
    expect(bounds(sum([parsed("400余名"), parsed("52名")]))).toEqual([452, 552, false, false]);
  });

  it("keeps an unbounded bound unbounded and ANDs inclusivity", () => {
    const total = sum([parsed("20万元以上"), parsed("5万元")]);
    expect(bounds(total)).toEqual([250_000, null, true, false]);
    expect(total.text).toBe("25万元以上");
    expect(bounds(sum([parsed("近1万名"), parsed("52名")]))).toEqual([9052, 10_052, true, false]);
    expect(bounds(sum([parsed("50名以下"), parsed("30名以下")]))).toEqual([0, 80, true, true]);
    expect(sum([parsed("50名以下"), parsed("30名以下")]).text).toBe("80名以下");
  });

  it("sums exact figures to an exact figure", () => {
    const total = sum([parsed("51个"), parsed("30个"), parsed("5个"), parsed("5个")]);
    expect(total).toMatchObject({ min: 91, max: 91, qualifier: null, unit: "个", text: "91个" });
    expect(Object.isFrozen(total)).toBe(true);
  });

  it("sums the Haibei figures counted in 名 to the bounds of their parts", () => {
    const texts = ["400余名", "12名", "56名", "1400余名", "1万余名", "600余名", "293名", "近1万名", "3260名"];
    const total = sum(texts.map(parsed));
    expect(bounds(total)).toEqual([400 + 12 + 56 + 1400 + 10_000 + 600 + 293 + 9000 + 3260, 500 + 12 + 56 + 1500 + 20_000 + 700 + 293 + 10_000 + 3260, false, false]);
  });

  it("converts units of one dimension: 元 + 万元 in yuan", () => {
    const total = sum([parsed("20万元"), parsed("500元")]);
    expect(total).toMatchObject({ min: 200_500, max: 200_500, unit: "元", text: "200500元" });
    expect(sum([parsed("20万元"), parsed("5万元")])).toMatchObject({ min: 250_000, unit: "万元", text: "25万元" });
    expect(sum([parsed("12名"), parsed("3人")])).toMatchObject({ min: 15, unit: "人" });
    expect(sum([parsed("48支"), parsed("358个")])).toMatchObject({ min: 406, unit: "个" });
  });

  it("never adds units of different dimensions, or a bare number to a unit", () => {
    for (const parts of [["52个", "12名"], ["122次", "3条"], ["5", "5名"], ["2批次", "20万元"]]) {
      const result = sumQuantities(parts.map(parsed), { path: "/observations" });
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.code)).toEqual(["quantity.unit_mismatch"]);
      expect(result.issues[0]?.path).toBe("/observations");
      for (const part of parts) expect(result.issues[0]?.message.en).toContain(parsed(part).unit ?? "(none)");
    }
  });

  it("refuses parts whose bounds leave no value, saying which", () => {
    const broken: Quantity = { ...parsed("52个"), min: 60 };
    const result = sumQuantities([parsed("1个"), broken], { path: ["parts"] });
    expect(result.ok).toBe(false);
    expect(result.issues).toMatchObject([{ code: "quantity.bounds_inverted", path: "/parts/1" }]);
  });

  it("gives exact 0 for no parts and the part itself for one", () => {
    expect(sum([])).toMatchObject({ min: 0, max: 0, minInclusive: true, maxInclusive: true, unit: null, text: "0" });
    const one = parsed("400余名");
    expect(sum([one])).toBe(one);
  });

  it("throws only when not given an array", () => {
    try {
      sumQuantities("52个" as never);
      expect.unreachable();
    } catch (error) {
      expect(isDangjianError(error) && error.code).toBe("invalid_argument");
    }
  });
});

// quantities of persons with integer bounds, from every kind of text
const personsArbitrary: fc.Arbitrary<Quantity> = fc
  .record({
    n: fc.integer({ min: 1, max: 100_000 }),
    form: fc.constantFrom("exact", "odd", "more", "nearly", "about", "around", "at-least", "at-most", "range"),
    unit: fc.constantFrom("名", "人", "位"),
    width: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ n, form, unit, width }) => {
    const ten = n * 10;
    const text = {
      exact: `${n}${unit}`,
      odd: `${n}余${unit}`,
      more: `${n}多${unit}`,
      nearly: `近${ten}${unit}`,
      about: `约${ten}${unit}`,
      around: `${ten}${unit}左右`,
      "at-least": `${n}${unit}以上`,
      "at-most": `${n}${unit}以下`,
      range: `多于${n}${unit}且不多于${n + width + 1}${unit}`,
    }[form];
    const result = parseQuantity(text ?? "");
    if (!result.ok) throw new Error(text);
    return result.value;
  });

const shape = (q: Quantity) => ({ min: q.min, max: q.max, minInclusive: q.minInclusive, maxInclusive: q.maxInclusive, unit: q.unit });

describe("sumQuantities properties", () => {
  it("is commutative", () => {
    fc.assert(
      fc.property(fc.array(personsArbitrary, { minLength: 2, maxLength: 6 }), (parts) => {
        const reversed = [...parts].reverse();
        expect(shape(sum(reversed))).toEqual(shape(sum(parts)));
      }),
    );
  });

  it("is associative", () => {
    fc.assert(
      fc.property(personsArbitrary, personsArbitrary, personsArbitrary, (a, b, c) => {
        const left = sum([sum([a, b]), c]);
        const right = sum([a, sum([b, c])]);
        expect(shape(left)).toEqual(shape(right));
        expect(shape(sum([a, b, c]))).toEqual(shape(left));
        expect(left.text).toBe(right.text);
      }),
    );
  });

  it("contains every sum of values drawn from within the parts", () => {
    const drawn = (q: Quantity, pick: number, extra: number): number => {
      const min = q.min ?? 0;
      if (q.max === null) return q.minInclusive ? min + extra : min + extra + 1;
      // quarter steps of integer bounds stay exact in binary
      const candidates = [0, 0.25, 0.5, 0.75, 1]
        .filter((f) => (f > 0 || q.minInclusive) && (f < 1 || q.maxInclusive))
        .map((f) => min + f * (q.max! - min));
      return candidates[pick % candidates.length] ?? min;
    };
    fc.assert(
      fc.property(
        fc.array(fc.tuple(personsArbitrary, fc.nat(), fc.nat({ max: 1000 })), { minLength: 1, maxLength: 6 }),
        (parts) => {
          const total = sum(parts.map(([q]) => q));
          const value = parts.reduce((acc, [q, pick, extra]) => acc + drawn(q, pick, extra), 0);
          if (total.min !== null) expect(total.minInclusive ? value >= total.min : value > total.min).toBe(true);
          if (total.max !== null) expect(total.maxInclusive ? value <= total.max : value < total.max).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("writes a sum so that parsing its text gives the sum back", () => {
    fc.assert(
      fc.property(fc.array(personsArbitrary, { minLength: 2, maxLength: 4 }), (parts) => {
        const total = sum(parts);
        const result = parseQuantity(total.text);
        expect(result.ok && shape(result.value)).toEqual(shape(total));
      }),
    );
  });

  it("agrees with exact addition for exact figures", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 8 }), (values) => {
        const total = sum(values.map((value) => exactQuantity(value, "个")));
        const expected = values.reduce((acc, value) => acc + value, 0);
        expect([total.min, total.max]).toEqual([expected, expected]);
      }),
    );
  });
});
