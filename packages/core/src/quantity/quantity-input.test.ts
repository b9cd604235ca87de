import { describe, expect, it } from "vitest";
import { QuantityInputSchema } from "./quantity-input.js";
import { exactQuantity } from "./quantity.js";

describe("QuantityInputSchema", () => {
  it("parses a text and keeps an object whose bounds hold", () => {
    expect(QuantityInputSchema.parse("400余名")).toMatchObject({ min: 400, max: 500, qualifier: "odd" });
    const q = QuantityInputSchema.parse({ ...exactQuantity(52, "个") });
    expect(q).toMatchObject({ text: "52个", min: 52 });
    expect(Object.isFrozen(q)).toBe(true);
  });

  it("reports our issue for a text that is no quantity and for inverted bounds", () => {
    const text = QuantityInputSchema.safeParse("若干");
    expect(text.success).toBe(false);
    expect(JSON.stringify(text.error?.issues)).toContain("quantity.indefinite");
    const inverted = QuantityInputSchema.safeParse({ ...exactQuantity(5), min: 6 });
    expect(inverted.success).toBe(false);
    expect(JSON.stringify(inverted.error?.issues)).toContain("quantity.bounds_inverted");
  });
});
