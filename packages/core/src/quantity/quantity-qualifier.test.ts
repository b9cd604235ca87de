import { describe, expect, it } from "vitest";
import { QUANTITY_QUALIFIERS, quantityQualifierForms, quantityQualifierLabels } from "./quantity-qualifier.js";
import { parseQuantity } from "./parse-quantity.js";

describe("quantity qualifiers", () => {
  it("label every qualifier in both languages", () => {
    expect(Object.keys(quantityQualifierLabels.labels).sort()).toEqual([...QUANTITY_QUALIFIERS].sort());
    for (const qualifier of QUANTITY_QUALIFIERS) {
      expect(quantityQualifierLabels.labels[qualifier]["zh-CN"]).not.toBe("");
      expect(quantityQualifierLabels.labels[qualifier].en).not.toBe("");
    }
  });

  it("keep one Chinese form per qualifier, so 余 and 多 stay apart", () => {
    const forms = Object.values(quantityQualifierForms).map((entry) => entry.form);
    expect(new Set(forms).size).toBe(forms.length);
    expect(forms.sort()).toEqual(["以上", "以下", "余", "多", "左右", "约", "近"].sort());
  });

  it("are read back from their forms in their positions", () => {
    for (const [qualifier, { form, position }] of Object.entries(quantityQualifierForms)) {
      const text = position === "prefix" ? `${form}500人` : position === "after-number" ? `500${form}人` : `500人${form}`;
      const result = parseQuantity(text);
      expect(result.ok && result.value.qualifier).toBe(qualifier);
    }
  });
});
