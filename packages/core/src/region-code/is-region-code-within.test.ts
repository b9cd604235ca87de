import { describe, expect, it } from "vitest";
import { isRegionCodeWithin } from "./is-region-code-within.js";

describe("isRegionCodeWithin", () => {
  it.each([
    ["632222202", "632222202"],
    ["632222202", "632222"],
    ["632222202", "632200"],
    ["632222202", "630000"],
    ["632222202999", "632200000000"],
    ["632221206000", "632221"],
    ["441900003", "440000"],
  ])("%s lies within %s", (code, ancestor) => {
    expect(isRegionCodeWithin(code, ancestor)).toBe(true);
  });

  it.each([
    ["632222202", "632221"],
    ["632200", "632222"],
    ["632221", "632221206"],
    ["630000", "632200"],
    ["632222", "640000"],
  ])("%s does not lie within %s", (code, ancestor) => {
    expect(isRegionCodeWithin(code, ancestor)).toBe(false);
  });

  it("is false when either code is not a region code", () => {
    expect(isRegionCodeWithin("6322", "630000")).toBe(false);
    expect(isRegionCodeWithin("632222", "6300")).toBe(false);
    // a prefix match alone is not enough: 63 is not a code
    expect(isRegionCodeWithin("632222", "63")).toBe(false);
  });
});
