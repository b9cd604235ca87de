import { describe, expect, it } from "vitest";
import { regionLevelOfCode } from "./region-level-of-code.js";

describe("regionLevelOfCode", () => {
  it.each([
    ["630000", "province"],
    ["632200", "prefecture"],
    ["632224", "county"],
    ["632224202", "township"],
    ["632224202000", "township"],
    ["632224000000", "county"],
    ["632222202999", "village"],
  ])("%s is %s level", (code, level) => {
    expect(regionLevelOfCode(code)).toBe(level);
  });

  it("is undefined for what is not a region code", () => {
    expect(regionLevelOfCode("6322")).toBeUndefined();
    expect(regionLevelOfCode("632222000")).toBeUndefined();
  });
});
