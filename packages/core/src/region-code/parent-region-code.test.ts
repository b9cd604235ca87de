import { describe, expect, it } from "vitest";
import { parentRegionCode } from "./parent-region-code.js";

describe("parentRegionCode", () => {
  it.each([
    ["632221", "632200"],
    ["632200", "630000"],
    ["632222202", "632222"],
    ["632222202000", "632222"],
    ["632222202999", "632222202"],
    ["429004", "429000"],
  ])("the parent of %s is %s", (code, parent) => {
    expect(parentRegionCode(code)).toBe(parent);
  });

  it("is null for a province and undefined for what is not a region code", () => {
    expect(parentRegionCode("630000")).toBeNull();
    expect(parentRegionCode("630000000000")).toBeNull();
    expect(parentRegionCode("00")).toBeUndefined();
  });
});
