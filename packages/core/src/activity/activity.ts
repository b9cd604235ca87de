import { z } from "zod";
import { RecordIdSchema, RecordBaseShape, LifespanShape } from "../record/record.js";
import { CalendarDateSchema } from "../calendar/calendar-date.js";
import { defineEnumLabels } from "../label/enum-labels.js";
import { QuantityInputSchema } from "../quantity/quantity-input.js";
import { TeamKindSchema } from "../team/team.js";
import { SiteKindSchema } from "../site/site.js";

/**
 * The seven services (七类服务) through which cadres and members contact and serve the people.
 *
 * @category Activities
 */
export const SERVICE_KINDS = [
  "contact-point",
  "community-reporting",
  "posted-cadre",
  "office-duty",
  "pledge",
  "proxy-errand",
  "paired",
] as const;

/**
 * One of the seven services.
 *
 * @category Activities
 */
export const ServiceKindSchema = z.enum(SERVICE_KINDS);

/**
 * One of the seven services.
 *
 * @category Activities
 */
export type ServiceKind = z.infer<typeof ServiceKindSchema>;

/**
 * The zh-CN and en labels of the seven services.
 *
 * @category Activities
 */
export const serviceKindLabels = defineEnumLabels("ServiceKind", SERVICE_KINDS, {
  "contact-point": { "zh-CN": "联点服务", en: "contact-point service" },
  "community-reporting": { "zh-CN": "报到服务", en: "community reporting service" },
  "posted-cadre": { "zh-CN": "任职服务", en: "posted-cadre service" },
  "office-duty": { "zh-CN": "坐班服务", en: "office-duty service" },
  pledge: { "zh-CN": "承诺服务", en: "pledge service" },
  "proxy-errand": { "zh-CN": "代办服务", en: "proxy errand service" },
  paired: { "zh-CN": "结对服务", en: "paired service" },
});

/**
 * Kinds of activities: things done on a date or over a period by organizations, teams or people.
 * Recruitment, discipline, dues and elections are recorded because some organizations may not do them.
 *
 * @category Activities
 */
export const ACTIVITY_KINDS = [
  "flag-issue",
  "flag-planting",
  "patrol",
  "inspection",
  "clue-report",
  "organizational-life",
  "field-organizational-life",
  "service",
  "village-stationing",
  "community-reporting",
  "epidemic-screening",
  "epidemic-prevention",
  "material-distribution",
  "emergency-response",
  "training",
  "recruitment",
  "discipline",
  "dues-collection",
  "election",
  "other",
] as const;

/**
 * A kind of activity.
 *
 * @category Activities
 */
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);

/**
 * A kind of activity.
 *
 * @category Activities
 */
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

/**
 * The zh-CN and en labels of every activity kind.
 *
 * @category Activities
 */
export const activityKindLabels = defineEnumLabels("ActivityKind", ACTIVITY_KINDS, {
  "flag-issue": { "zh-CN": "配发党旗", en: "issuing Party flags" },
  "flag-planting": { "zh-CN": "插党旗", en: "planting Party flags" },
  patrol: { "zh-CN": "巡查巡护", en: "patrol" },
  inspection: { "zh-CN": "环境巡查", en: "inspection" },
  "clue-report": { "zh-CN": "上报问题线索", en: "reporting problem leads" },
  "organizational-life": { "zh-CN": "组织生活", en: "organizational life" },
  "field-organizational-life": { "zh-CN": "组织生活进田间地头", en: "organizational life held in the field" },
  service: { "zh-CN": "服务群众", en: "service to the people" },
  "village-stationing": { "zh-CN": "驻村服务", en: "stationing in a village" },
  "community-reporting": { "zh-CN": "到社区报到", en: "reporting to a residential community" },
  "epidemic-screening": { "zh-CN": "拉网排查", en: "epidemic screening" },
  "epidemic-prevention": { "zh-CN": "疫情防控", en: "epidemic prevention and control" },
  "material-distribution": { "zh-CN": "发放物资", en: "distributing supplies" },
  "emergency-response": { "zh-CN": "抢险救灾", en: "emergency response" },
  training: { "zh-CN": "教育培训", en: "training" },
  recruitment: { "zh-CN": "发展党员", en: "admitting new members" },
  discipline: { "zh-CN": "处分处置党员", en: "disciplining members" },
  "dues-collection": { "zh-CN": "收缴党费", en: "collecting dues" },
  election: { "zh-CN": "换届选举", en: "election" },
  other: { "zh-CN": "其他", en: "other" },
});

/**
 * An activity: done on a date (`on`) or over a period (`from`, `to`) by organizations, teams or people,
 * at sites or in a region, possibly as part of a campaign. `count` says how many times or how many items
 * when the individual occurrences are not recorded (122 inspections, 400 flags).
 *
 * @example
 * ```ts
 * const issue: Activity = {
 *   id: "act-flag-issue", kind: "flag-issue", organizationIds: ["org-organization-department"],
 *   count: "400面",
 * };
 * ```
 * @category Activities
 */
export const ActivitySchema = z.object({
  /** The activity's identifier. */
  id: RecordIdSchema,
  /** What was done: flag issue (配发党旗), patrol, organizational life (组织生活), service, election … */
  kind: ActivityKindSchema,
  /** The activity's name as the source gives it. */
  name: z.string().min(1).optional(),
  /** The name in English, for output in English; the Chinese `name` stands in when it is absent. */
  nameEn: z.string().min(1).optional(),
  /** For a service activity: which of the seven services (七类服务) it is. */
  service: ServiceKindSchema.optional(),
  /** The day it took place, `YYYY-MM-DD`, for a one-day activity; within `from`..`to` when those are given. */
  on: CalendarDateSchema.optional(),
  ...LifespanShape,
  /** The organizations that carried it out. */
  organizationIds: z.array(RecordIdSchema).optional(),
  /** The teams that carried it out. */
  teamIds: z.array(RecordIdSchema).optional(),
  /** The units besides Party organizations that carried it out, e.g. a township government. */
  hostUnitIds: z.array(RecordIdSchema).optional(),
  /** The kinds of teams formed for it, when the teams are not recorded one by one. */
  teamKinds: z.array(TeamKindSchema).optional(),
  /** The kinds of sites it used or set up, when the sites are not recorded one by one. */
  siteKinds: z.array(SiteKindSchema).optional(),
  /** The people who took part. */
  personIds: z.array(RecordIdSchema).optional(),
  /** The sites where it took place. */
  siteIds: z.array(RecordIdSchema).optional(),
  /** The region where it took place. */
  regionId: RecordIdSchema.optional(),
  /** The campaign or mechanism it was part of. */
  campaignId: RecordIdSchema.optional(),
  /** How many times or items, when occurrences are not recorded one by one (`122次`, `400面`). */
  count: QuantityInputSchema.optional(),
  /** What was done, in a sentence. */
  description: z.string().min(1).optional(),
  ...RecordBaseShape,
});

/**
 * An activity.
 *
 * @category Activities
 */
export type Activity = z.infer<typeof ActivitySchema>;
