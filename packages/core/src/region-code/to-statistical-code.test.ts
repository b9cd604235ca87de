import { describe, expect, it } from "vitest";
import { toStatisticalCode } from "./to-statistical-code.js";

describe("toStatisticalCode", () => {
  // the 12-digit forms are those of the domain brief §5.1 table
  it.each([
    ["630000", "630000000000"],
    ["632200", "632200000000"],
    ["632221", "632221000000"],
    ["632224", "632224000000"],
    ["632222202", "632222202000"],
    ["632222202999", "632222202999"],
    ["632200000000", "632200000000"],
  ])("%s → %s", (code, statistical) => {
    expect(toStatisticalCode(code)).toBe(statistical);
  });

  it("is undefined for what is not a region code", () => {
    expect(toStatisticalCode("632222000")).toBeUndefined();
    expect(toStatisticalCode("abcdef")).toBeUndefined();
  });
});
