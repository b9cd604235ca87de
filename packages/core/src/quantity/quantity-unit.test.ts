import { describe, expect, it } from "vitest";
import {
  QUANTITY_DIMENSIONS,
  QUANTITY_UNITS,
  quantityDimensionBaseUnits,
  quantityDimensionLabels,
  quantityUnitInfo,
  quantityUnitLabels,
} from "./quantity-unit.js";

describe("quantity units", () => {
  it("lists each unit once, with labels in both languages and what it measures", () => {
    expect(new Set(QUANTITY_UNITS).size).toBe(QUANTITY_UNITS.length);
    expect(Object.keys(quantityUnitLabels.labels).sort()).toEqual([...QUANTITY_UNITS].sort());
    expect(Object.keys(quantityUnitInfo).sort()).toEqual([...QUANTITY_UNITS].sort());
    for (const unit of QUANTITY_UNITS) {
      expect(quantityUnitLabels.labels[unit]["zh-CN"]).toBe(unit);
      expect(quantityUnitLabels.labels[unit].en).not.toBe("");
      expect(QUANTITY_DIMENSIONS).toContain(quantityUnitInfo[unit].dimension);
    }
  });

  it("has every unit the Haibei report and the design name", () => {
    for (const unit of ["个", "名", "人", "面", "支", "次", "条", "项", "户", "批", "批次", "元", "万元", "家", "处", "村", "天"]) {
      expect(QUANTITY_UNITS).toContain(unit);
    }
  });

  it("leaves out units that mostly name dates or ordinals", () => {
    for (const unit of ["年", "月", "日", "号", "期"]) expect(QUANTITY_UNITS).not.toContain(unit);
  });

  it("counts money in yuan and persons as one dimension", () => {
    expect(quantityUnitInfo["元"]).toMatchObject({ dimension: "money", exponent: 0 });
    expect(quantityUnitInfo["千元"]).toMatchObject({ dimension: "money", exponent: 3 });
    expect(quantityUnitInfo["万元"]).toMatchObject({ dimension: "money", exponent: 4 });
    expect(quantityUnitInfo["亿元"]).toMatchObject({ dimension: "money", exponent: 8 });
    expect(quantityUnitInfo["名"].dimension).toBe(quantityUnitInfo["人"].dimension);
    expect(quantityUnitInfo["名"].dimension).not.toBe(quantityUnitInfo["个"].dimension);
    expect(quantityUnitInfo["户"].dimension).not.toBe(quantityUnitInfo["人"].dimension);
    for (const unit of QUANTITY_UNITS) if (quantityUnitInfo[unit].dimension !== "money") expect(quantityUnitInfo[unit].exponent).toBe(0);
  });

  it("gives every dimension a base unit of that dimension and a label", () => {
    for (const dimension of QUANTITY_DIMENSIONS) {
      const unit = quantityDimensionBaseUnits[dimension];
      expect(quantityUnitInfo[unit]).toMatchObject({ dimension, exponent: 0 });
      expect(quantityDimensionLabels.labels[dimension]["zh-CN"]).not.toBe("");
      expect(quantityDimensionLabels.labels[dimension].en).not.toBe("");
    }
  });
});
