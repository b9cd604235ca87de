import { z } from "zod";
import { RecordIdSchema, RecordBaseShape, LifespanShape } from "../record/record.js";
import { defineEnumLabels } from "../label/enum-labels.js";
import { RegionLevelSchema } from "../region-code/index.js";

/**
 * Kinds of sites: vanguard posts, responsibility zones, demonstration sites, shared venues, training centers,
 * and the checkpoints and flood zones where flags are planted.
 *
 * @category Sites
 */
export const SITE_KINDS = [
  "vanguard-post",
  "responsibility-zone",
  "demonstration-post",
  "environmental-post",
  "demonstration-site",
  "shared-venue",
  "training-center",
  "checkpoint",
  "flood-zone",
  "project-site",
  "other",
] as const;

/**
 * A kind of site.
 *
 * @category Sites
 */
export const SiteKindSchema = z.enum(SITE_KINDS);

/**
 * A kind of site.
 *
 * @category Sites
 */
export type SiteKind = z.infer<typeof SiteKindSchema>;

/**
 * The zh-CN and en labels of every site kind.
 *
 * @category Sites
 */
export const siteKindLabels = defineEnumLabels("SiteKind", SITE_KINDS, {
  "vanguard-post": { "zh-CN": "党员先锋岗", en: "Party member vanguard post" },
  "responsibility-zone": { "zh-CN": "党员责任区", en: "Party member responsibility zone" },
  "demonstration-post": { "zh-CN": "党员示范岗", en: "Party member model post" },
  "environmental-post": { "zh-CN": "党员环保示范岗", en: "Party member environmental model post" },
  "demonstration-site": { "zh-CN": "党建示范点", en: "Party-building demonstration site" },
  "shared-venue": { "zh-CN": "党支部组织生活共享阵地", en: "shared venue for branch organizational life" },
  "training-center": { "zh-CN": "党员教育培训中心", en: "Party member education and training center" },
  checkpoint: { "zh-CN": "防控卡口", en: "checkpoint" },
  "flood-zone": { "zh-CN": "防洪救灾责任片区", en: "flood-response zone" },
  "project-site": { "zh-CN": "项目现场", en: "project site" },
  other: { "zh-CN": "其他", en: "other" },
});

/**
 * The six constructions a demonstration site integrates (组织、阵地、队伍、制度、保障、品牌建设).
 *
 * @category Sites
 */
export const SIX_CONSTRUCTIONS = ["organization", "position", "team", "system", "support", "brand"] as const;

/**
 * One of the six constructions.
 *
 * @category Sites
 */
export const ConstructionSchema = z.enum(SIX_CONSTRUCTIONS);

/**
 * One of the six constructions.
 *
 * @category Sites
 */
export type Construction = z.infer<typeof ConstructionSchema>;

/**
 * The zh-CN and en labels of the six constructions.
 *
 * @category Sites
 */
export const constructionLabels = defineEnumLabels("Construction", SIX_CONSTRUCTIONS, {
  organization: { "zh-CN": "组织建设", en: "organization building" },
  position: { "zh-CN": "阵地建设", en: "venue building" },
  team: { "zh-CN": "队伍建设", en: "team building" },
  system: { "zh-CN": "制度建设", en: "institution building" },
  support: { "zh-CN": "保障建设", en: "support building" },
  brand: { "zh-CN": "品牌建设", en: "brand building" },
});

/**
 * A site: a place or post designated in Party work. `level` is the level that designated it
 * (a provincial or a prefecture-level shared venue); a demonstration site lists its constructions.
 *
 * @example
 * ```ts
 * const post: Site = { id: "site-vanguard-1", kind: "vanguard-post", regionId: "632223" };
 * ```
 * @category Sites
 */
export const SiteSchema = z.object({
  /** The site's identifier. */
  id: RecordIdSchema,
  /** The site's name as used, when it has one. */
  name: z.string().min(1).optional(),
  /** The name in English, for output in English; the Chinese `name` stands in when it is absent. */
  nameEn: z.string().min(1).optional(),
  /** What sort of site: vanguard post (党员先锋岗), responsibility zone (党员责任区), demonstration site (党建示范点) … */
  kind: SiteKindSchema,
  /** The level that designated it, e.g. a provincial or a prefecture-level shared venue. */
  level: RegionLevelSchema.optional(),
  /** The organization that runs it. */
  organizationId: RecordIdSchema.optional(),
  /** The region it is in; counting sites under a region gives derived figures. */
  regionId: RecordIdSchema.optional(),
  /** The host unit it is set up in. */
  hostUnitId: RecordIdSchema.optional(),
  /** For a demonstration site: which of the six constructions (组织、阵地、队伍、制度、保障、品牌建设) it integrates. */
  constructions: z.array(ConstructionSchema).optional(),
  ...LifespanShape,
  ...RecordBaseShape,
});

/**
 * A site.
 *
 * @category Sites
 */
export type Site = z.infer<typeof SiteSchema>;
