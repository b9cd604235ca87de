import { z } from "zod";
import { RecordIdSchema, RecordBaseShape } from "../record/record.js";
import { CalendarDateSchema } from "../calendar/calendar-date.js";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * Kinds of host units (单位): the organs, courts, enterprises, cooperatives, projects and task bodies that
 * Party organizations are set up in.
 *
 * @category Host units
 */
export const HOST_UNIT_KINDS = [
  "party-organ",
  "government-organ",
  "court",
  "procuratorate",
  "public-institution",
  "school",
  "hospital",
  "state-owned-enterprise",
  "non-public-enterprise",
  "cooperative",
  "social-organization",
  "villagers-committee",
  "residents-committee",
  "project",
  "task-body",
  "other",
] as const;

/**
 * A kind of host unit.
 *
 * @category Host units
 */
export const HostUnitKindSchema = z.enum(HOST_UNIT_KINDS);

/**
 * A kind of host unit.
 *
 * @category Host units
 */
export type HostUnitKind = z.infer<typeof HostUnitKindSchema>;

/**
 * The zh-CN and en labels of every host-unit kind.
 *
 * @category Host units
 */
export const hostUnitKindLabels = defineEnumLabels("HostUnitKind", HOST_UNIT_KINDS, {
  "party-organ": { "zh-CN": "党的机关", en: "Party organ" },
  "government-organ": { "zh-CN": "政府机关", en: "government organ" },
  court: { "zh-CN": "人民法院", en: "people's court" },
  procuratorate: { "zh-CN": "人民检察院", en: "people's procuratorate" },
  "public-institution": { "zh-CN": "事业单位", en: "public institution" },
  school: { "zh-CN": "学校", en: "school" },
  hospital: { "zh-CN": "医院", en: "hospital" },
  "state-owned-enterprise": { "zh-CN": "国有企业", en: "state-owned enterprise" },
  "non-public-enterprise": { "zh-CN": "非公有制企业", en: "non-public enterprise" },
  cooperative: { "zh-CN": "村级股份经济合作社", en: "village joint-stock economic cooperative" },
  "social-organization": { "zh-CN": "社会组织", en: "social organization" },
  "villagers-committee": { "zh-CN": "村民委员会", en: "villagers' committee" },
  "residents-committee": { "zh-CN": "居民委员会", en: "residents' committee" },
  project: { "zh-CN": "建设项目", en: "construction project" },
  "task-body": { "zh-CN": "临时任务机构", en: "temporary task body" },
  other: { "zh-CN": "其他", en: "other" },
});

/**
 * A host unit (单位). Host units form their own tree (`parentId`), parallel to the Party-organization tree.
 * `uscc` is the unified social credit code when the unit is a legal entity.
 *
 * @example
 * ```ts
 * const court: HostUnit = { id: "unit-xining-intermediate-court", name: "西宁市中级人民法院", kind: "court", regionId: "630100" };
 * ```
 * @category Host units
 */
export const HostUnitSchema = z.object({
  /** The unit's identifier. */
  id: RecordIdSchema,
  /** The full official name, in Chinese (`西宁市中级人民法院`). */
  name: z.string().min(1),
  /** The name in English, for output in English; the Chinese `name` stands in when it is absent. */
  nameEn: z.string().min(1).optional(),
  /** What sort of unit: organ, court, enterprise, cooperative (村级股份经济合作社), project, task body … */
  kind: HostUnitKindSchema,
  /** The unit directly above it in the host-unit tree, which is separate from the Party-organization tree. */
  parentId: RecordIdSchema.optional(),
  /** Its unified social credit code (统一社会信用代码, GB 32100, 18 characters); an invalid one is a warning. */
  uscc: z.string().min(1).optional(),
  /** The region it is located in. */
  regionId: RecordIdSchema.optional(),
  /** The day it was established, `YYYY-MM-DD`. */
  establishedOn: CalendarDateSchema.optional(),
  /** The day it was dissolved or closed, `YYYY-MM-DD`; absent while it exists. */
  dissolvedOn: CalendarDateSchema.optional(),
  ...RecordBaseShape,
});

/**
 * A host unit.
 *
 * @category Host units
 */
export type HostUnit = z.infer<typeof HostUnitSchema>;
