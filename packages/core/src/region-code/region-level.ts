import { z } from "zod";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * The five levels of the administrative and statistical division tree, from the top down.
 *
 * @example
 * ```ts
 * REGION_LEVELS.indexOf("county") < REGION_LEVELS.indexOf("township"); // true
 * ```
 * @category Regions
 */
export const REGION_LEVELS = ["province", "prefecture", "county", "township", "village"] as const;

/**
 * The level of a region: `province` (省级), `prefecture` (地级), `county` (县级), `township` (乡级) or `village` (村级).
 *
 * @example
 * ```ts
 * RegionLevelSchema.parse("township"); // "township"
 * ```
 * @category Regions
 */
export const RegionLevelSchema = z.enum(REGION_LEVELS);

/**
 * The level of a region.
 *
 * @category Regions
 */
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/**
 * The zh-CN and en labels of every region level.
 *
 * @example
 * ```ts
 * labelOf(regionLevelLabels, "prefecture", "zh-CN"); // "地级"
 * ```
 * @category Regions
 */
export const regionLevelLabels = defineEnumLabels("RegionLevel", REGION_LEVELS, {
  province: { "zh-CN": "省级", en: "province level" },
  prefecture: { "zh-CN": "地级", en: "prefecture level" },
  county: { "zh-CN": "县级", en: "county level" },
  township: { "zh-CN": "乡级", en: "township level" },
  village: { "zh-CN": "村级", en: "village level" },
});
