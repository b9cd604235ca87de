import { describe, expect, it } from "vitest";
import { isDangjianError } from "../error/dangjian-error.js";
import { IssueSchema } from "../issue/issue.js";
import { QuantitySchema, checkQuantityBounds, exactQuantity, type Quantity } from "./quantity.js";

const base: Quantity = {
  text: "400余名",
  min: 400,
  max: 500,
  minInclusive: false,
  maxInclusive: false,
  unit: "名",
  qualifier: "odd",
  stated: 400,
  scale: null,
};

describe("QuantitySchema", () => {
  it("accepts JSON-native quantities, including inverted ones left to checkQuantityBounds", () => {
    expect(QuantitySchema.parse(base)).toEqual(base);
    expect(QuantitySchema.parse(JSON.parse(JSON.stringify({ ...base, min: 600 })))).toMatchObject({ min: 600 });
    expect(QuantitySchema.parse({ ...base, min: null, max: null })).toMatchObject({ min: null, max: null });
  });

  it("rejects unknown units, qualifiers and scales, and non-finite bounds", () => {
    expect(QuantitySchema.safeParse({ ...base, unit: "号" }).success).toBe(false);
    expect(QuantitySchema.safeParse({ ...base, qualifier: "several" }).success).toBe(false);
    expect(QuantitySchema.safeParse({ ...base, scale: "千" }).success).toBe(false);
    expect(QuantitySchema.safeParse({ ...base, max: Infinity }).success).toBe(false);
    expect(QuantitySchema.safeParse({ ...base, min: "400" }).success).toBe(false);
  });
});

describe("checkQuantityBounds", () => {
  it.each([
    [{ min: 400, max: 500, minInclusive: false, maxInclusive: false }, false],
    [{ min: 5, max: 5, minInclusive: true, maxInclusive: true }, false],
    [{ min: 5, max: null, minInclusive: true, maxInclusive: false }, false],
    [{ min: null, max: 5, minInclusive: false, maxInclusive: true }, false],
    [{ min: 6, max: 5, minInclusive: true, maxInclusive: true }, true],
    [{ min: 5, max: 5, minInclusive: false, maxInclusive: true }, true],
    [{ min: 5, max: 5, minInclusive: true, maxInclusive: false }, true],
  ])("%j inverted: %s", (bounds, inverted) => {
    const issues = checkQuantityBounds({ ...base, ...bounds }, ["observations", 4, "value"]);
    expect(issues.map((issue) => issue.code)).toEqual(inverted ? ["quantity.bounds_inverted"] : []);
    for (const issue of issues) {
      expect(IssueSchema.parse(issue)).toEqual(issue);
      expect(issue.path).toBe("/observations/4/value");
      expect(issue.params).toMatchObject({ min: bounds.min, max: bounds.max, text: "400余名" });
    }
  });
});

describe("exactQuantity", () => {
  it("builds a frozen exact quantity with its canonical text", () => {
    const q = exactQuantity(52, "个");
    expect(q).toEqual({ text: "52个", min: 52, max: 52, minInclusive: true, maxInclusive: true, unit: "个", qualifier: null, stated: 52, scale: null });
    expect(Object.isFrozen(q)).toBe(true);
    expect(exactQuantity(7)).toMatchObject({ text: "7", unit: null });
  });

  it("reads the value in the unit given, and keeps bounds in the base unit", () => {
    expect(exactQuantity(20, "万元")).toMatchObject({ text: "20万元", min: 200_000, max: 200_000, stated: 20 });
    expect(exactQuantity(1.1, "万元").min).toBe(11_000);
  });

  it("throws for values that are no count or amount, and unknown units", () => {
    for (const call of [() => exactQuantity(-1), () => exactQuantity(Number.NaN), () => exactQuantity(Infinity), () => exactQuantity(5, "号" as never)]) {
      try {
        call();
        expect.unreachable();
      } catch (error) {
        expect(isDangjianError(error) && error.code).toBe("invalid_argument");
      }
    }
  });
});
