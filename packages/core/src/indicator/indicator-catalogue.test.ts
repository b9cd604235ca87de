import { describe, expect, it } from "vitest";
import { INDICATOR_CATALOGUE } from "./indicator-catalogue.js";
import { IndicatorSchema } from "./indicator.js";
import { resolveIndicator } from "./resolve-indicator.js";
import { QUANTITY_UNITS } from "../quantity/quantity-unit.js";
import { SITE_KINDS } from "../site/site.js";
import { TEAM_KINDS } from "../team/team.js";
import { REGION_LEVELS } from "../region-code/region-level.js";

describe("the built-in indicator catalogue", () => {
  it("holds valid indicators with unique codes", () => {
    for (const indicator of INDICATOR_CATALOGUE) expect(IndicatorSchema.parse(indicator)).toEqual(indicator);
    const codes = INDICATOR_CATALOGUE.map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("states every unit as a unit quantities know, so figures can be checked against it", () => {
    for (const indicator of INDICATOR_CATALOGUE) expect(QUANTITY_UNITS, indicator.code).toContain(indicator.unit);
  });

  it("labels and explains every indicator in both languages", () => {
    for (const { code, label, countsWhat } of INDICATOR_CATALOGUE) {
      expect(label["zh-CN"], code).toMatch(/[\u4e00-\u9fff]/);
      expect(label.en, code).toMatch(/^[A-Za-z]/);
      expect(countsWhat["zh-CN"], code).not.toBe("");
      expect(countsWhat.en, code).not.toBe("");
    }
  });

  it("derives only by fields and values the records have", () => {
    const allowed: Record<string, Record<string, readonly string[]>> = {
      sites: { kind: SITE_KINDS, level: REGION_LEVELS },
      teams: { kind: TEAM_KINDS },
    };
    for (const { code, derivation } of INDICATOR_CATALOGUE) {
      if (derivation === undefined) continue;
      for (const [field, value] of Object.entries(derivation.where ?? {})) {
        expect(allowed[derivation.records]?.[field], `${code}: ${field}`).toContain(value);
      }
    }
  });

  it("is frozen, so no caller changes what another sees", () => {
    expect(Object.isFrozen(INDICATOR_CATALOGUE)).toBe(true);
    expect(Object.isFrozen(INDICATOR_CATALOGUE[0]?.label)).toBe(true);
  });
});

describe("resolveIndicator", () => {
  const own = { ...INDICATOR_CATALOGUE[0]!, unit: "个" };

  it("prefers the dataset's declaration, then the known indicators", () => {
    expect(resolveIndicator(own.code, [own])?.unit).toBe("个");
    expect(resolveIndicator(own.code)?.unit).toBe(INDICATOR_CATALOGUE[0]?.unit);
    expect(resolveIndicator(own.code, [], [])).toBeUndefined();
    expect(resolveIndicator("no.such.indicator")).toBeUndefined();
  });
});
