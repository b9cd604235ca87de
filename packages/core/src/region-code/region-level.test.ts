import { describe, expect, it } from "vitest";
import { labelOf } from "../label/enum-labels.js";
import { REGION_LEVELS, RegionLevelSchema, regionLevelLabels } from "./region-level.js";

describe("region levels", () => {
  it("run from province down to village", () => {
    expect(REGION_LEVELS).toEqual(["province", "prefecture", "county", "township", "village"]);
  });

  it("carry the Chinese level names 省级/地级/县级/乡级/村级", () => {
    expect(REGION_LEVELS.map((level) => labelOf(regionLevelLabels, level, "zh-CN"))).toEqual(["省级", "地级", "县级", "乡级", "村级"]);
    for (const level of REGION_LEVELS) expect(labelOf(regionLevelLabels, level, "en")).toMatch(/^[a-z]+ level$/);
  });

  it("accept only the five levels", () => {
    expect(RegionLevelSchema.safeParse("township").success).toBe(true);
    expect(RegionLevelSchema.safeParse("district").success).toBe(false);
  });
});
