import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Issue } from "../issue/issue.js";
import { RegionCodeSchema } from "./region-code-schema.js";

function carriedCodes(value: unknown): string[] {
  const result = RegionCodeSchema.safeParse(value);
  return (result.error?.issues ?? []).map((issue) => {
    const carried = (issue as { params?: { dangjian?: Issue } }).params?.dangjian;
    return carried?.code ?? issue.code;
  });
}

describe("RegionCodeSchema", () => {
  it.each(["630000", "632200", "632221", "632222202", "632222202999"])("accepts the canonical code %s", (code) => {
    expect(RegionCodeSchema.parse(code)).toBe(code);
  });

  it("refuses the padded 12-digit form of a higher level and names the canonical code", () => {
    const result = RegionCodeSchema.safeParse("632200000000");
    expect(carriedCodes("632200000000")).toEqual(["region_code.not_canonical"]);
    expect(result.error?.issues[0]?.message).toBe("632200000000 is the 12-digit padded statistical form, write 632200");
  });

  it("reports each problem once, with our issue code carried", () => {
    expect(carriedCodes("6322")).toEqual(["region_code.length"]);
    expect(carriedCodes("632222000")).toEqual(["region_code.township_zero"]);
    expect(carriedCodes("63a")).toEqual(["region_code.length", "region_code.not_digit"]);
    expect(carriedCodes(632200)).toEqual(["invalid_type"]);
  });

  it("puts the shape into its JSON Schema", () => {
    const pattern = new RegExp((z.toJSONSchema(RegionCodeSchema) as { pattern: string }).pattern);
    expect(["632200", "632222202", "632222202999"].every((code) => pattern.test(code))).toBe(true);
    expect(["6322", "6322220", "63222220299"].some((code) => pattern.test(code))).toBe(false);
  });
});
