import { z } from "zod";
import { RecordIdSchema, RecordBaseShape, LifespanShape } from "../record/record.js";
import { defineEnumLabels } from "../label/enum-labels.js";
import { RegionCodeSchema, RegionLevelSchema } from "../region-code/index.js";

/**
 * Kinds of village-level and township-level units, where the level alone does not say it.
 *
 * @category Regions
 */
export const REGION_KINDS = ["village", "community", "town", "township", "subdistrict", "other"] as const;

/**
 * A kind of administrative unit below the county.
 *
 * @category Regions
 */
export const RegionKindSchema = z.enum(REGION_KINDS);

/**
 * A kind of administrative unit below the county.
 *
 * @category Regions
 */
export type RegionKind = z.infer<typeof RegionKindSchema>;

/**
 * The zh-CN and en labels of every region kind.
 *
 * @category Regions
 */
export const regionKindLabels = defineEnumLabels("RegionKind", REGION_KINDS, {
  village: { "zh-CN": "行政村", en: "village" },
  community: { "zh-CN": "社区", en: "community" },
  town: { "zh-CN": "镇", en: "town" },
  township: { "zh-CN": "乡", en: "township" },
  subdistrict: { "zh-CN": "街道", en: "subdistrict" },
  other: { "zh-CN": "其他", en: "other" },
});

/**
 * What a village is designated as, which decides who must help it (poverty campaign and rural revitalization).
 *
 * @category Regions
 */
export const VILLAGE_DESIGNATIONS = [
  "registered-poor",
  "post-poverty",
  "relocation-resettlement",
  "revitalization-key",
  "weak-and-lax",
] as const;

/**
 * A designation of a village.
 *
 * @category Regions
 */
export const VillageDesignationKindSchema = z.enum(VILLAGE_DESIGNATIONS);

/**
 * A designation of a village.
 *
 * @category Regions
 */
export type VillageDesignationKind = z.infer<typeof VillageDesignationKindSchema>;

/**
 * The zh-CN and en labels of every village designation.
 *
 * @category Regions
 */
export const villageDesignationLabels = defineEnumLabels("VillageDesignationKind", VILLAGE_DESIGNATIONS, {
  "registered-poor": { "zh-CN": "建档立卡贫困村", en: "registered poor village" },
  "post-poverty": { "zh-CN": "脱贫村", en: "village out of poverty" },
  "relocation-resettlement": { "zh-CN": "易地搬迁安置村", en: "relocation resettlement village" },
  "revitalization-key": { "zh-CN": "乡村振兴重点村", en: "rural revitalization key village" },
  "weak-and-lax": { "zh-CN": "软弱涣散村", en: "village with a weak and lax Party organization" },
});

/**
 * The four problems of a village that the three governances answer: poor, weak, lax, disorderly (穷软散乱).
 *
 * @category Regions
 */
export const VILLAGE_PROBLEMS = ["poor", "weak", "lax", "disorderly"] as const;

/**
 * A problem of a village.
 *
 * @category Regions
 */
export const VillageProblemSchema = z.enum(VILLAGE_PROBLEMS);

/**
 * A problem of a village.
 *
 * @category Regions
 */
export type VillageProblem = z.infer<typeof VillageProblemSchema>;

/**
 * The zh-CN and en labels of every village problem.
 *
 * @category Regions
 */
export const villageProblemLabels = defineEnumLabels("VillageProblem", VILLAGE_PROBLEMS, {
  poor: { "zh-CN": "穷", en: "poor" },
  weak: { "zh-CN": "软", en: "weak" },
  lax: { "zh-CN": "散", en: "lax" },
  disorderly: { "zh-CN": "乱", en: "disorderly" },
});

/**
 * A designation of a village over a span of days.
 *
 * @category Regions
 */
export const VillageDesignationSchema = z.object({
  /** What the village is designated as: registered poor (建档立卡贫困村), post-poverty (脱贫村), revitalization key … */
  kind: VillageDesignationKindSchema,
  ...LifespanShape,
  ...RecordBaseShape,
});

/**
 * A designation of a village over a span of days.
 *
 * @category Regions
 */
export type VillageDesignation = z.infer<typeof VillageDesignationSchema>;

/**
 * An administrative division: province, prefecture, county, township or village (a community is village level).
 * `code` is the official statistical code; a village whose code is not known has none, and is never given an invented one.
 * The parent is derivable from the code; a declared `parentId` that disagrees with it is an issue.
 *
 * @example
 * ```ts
 * const county: Region = { id: "630121", code: "630121", name: "大通回族土族自治县", level: "county", parentId: "630100" };
 * ```
 * @category Regions
 */
export const RegionSchema = z.object({
  /** The region's identifier; best the official code itself (`632223`). */
  id: RecordIdSchema,
  /** The statistical division code (统计用区划代码): 6, 9 or 12 digits by level; absent when not known, never invented. */
  code: RegionCodeSchema.optional(),
  /** The year of the code edition `code` comes from; the NBS revises codes every year. */
  codeYear: z.number().int().min(1980).max(2100).optional(),
  /** The official name, in Chinese (`大通回族土族自治县`). */
  name: z.string().min(1),
  /** The name in English, for output in English; the Chinese `name` stands in when it is absent. */
  nameEn: z.string().min(1).optional(),
  /** The level in the division tree: province, prefecture, county, township or village (a community is village level). */
  level: RegionLevelSchema,
  /** The sort of unit below the county: village (行政村), community (社区), town (镇), township (乡), subdistrict (街道). */
  kind: RegionKindSchema.optional(),
  /** The region directly above it; must agree with the parent its `code` implies, or with its level when codes are missing. */
  parentId: RecordIdSchema.optional(),
  /** What the village is or was designated as, each over its own span of days. */
  designations: z.array(VillageDesignationSchema).optional(),
  /** Which of the four problems (穷软散乱: poor, weak, lax, disorderly) the village has, which the three governances answer. */
  problems: z.array(VillageProblemSchema).optional(),
  ...RecordBaseShape,
});

/**
 * An administrative division.
 *
 * @category Regions
 */
export type Region = z.infer<typeof RegionSchema>;
