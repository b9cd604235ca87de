import { z } from "zod";
import { RecordIdSchema, RecordBaseShape, LifespanShape } from "../record/record.js";
import { CalendarDateSchema } from "../calendar/calendar-date.js";
import { defineEnumLabels } from "../label/enum-labels.js";
import { GovernanceAimSchema } from "../pairing/governance.js";
import { ServiceKindSchema } from "../activity/activity.js";

/**
 * Kinds of named campaigns and mechanisms: they are data with dates and parameters, never constants in code.
 *
 * @category Campaigns
 */
export const CAMPAIGN_KINDS = ["mechanism", "campaign", "action-plan", "model", "service", "governance-model", "brand"] as const;

/**
 * A kind of campaign or mechanism.
 *
 * @category Campaigns
 */
export const CampaignKindSchema = z.enum(CAMPAIGN_KINDS);

/**
 * A kind of campaign or mechanism.
 *
 * @category Campaigns
 */
export type CampaignKind = z.infer<typeof CampaignKindSchema>;

/**
 * The zh-CN and en labels of every campaign kind.
 *
 * @category Campaigns
 */
export const campaignKindLabels = defineEnumLabels("CampaignKind", CAMPAIGN_KINDS, {
  mechanism: { "zh-CN": "工作机制", en: "mechanism" },
  campaign: { "zh-CN": "主题活动", en: "campaign" },
  "action-plan": { "zh-CN": "行动计划", en: "action plan" },
  model: { "zh-CN": "工作模式", en: "working model" },
  service: { "zh-CN": "服务类型", en: "service" },
  "governance-model": { "zh-CN": "基层治理模式", en: "grassroots governance model" },
  brand: { "zh-CN": "党建品牌", en: "Party-building brand" },
});

/**
 * A parameter value of a campaign: text, number, flag or a list of texts.
 *
 * @category Campaigns
 */
export const CampaignParameterSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);

/**
 * A parameter value of a campaign.
 *
 * @category Campaigns
 */
export type CampaignParameter = z.infer<typeof CampaignParameterSchema>;

/**
 * A named campaign or mechanism (党旗在基层一线高高飘扬, 一联双帮三治, 1+10, a service of the seven …):
 * who leads it, where, since when, its parts (`parentId`), its parameters, and the governances it aims at.
 *
 * @example
 * ```ts
 * const mechanism: Campaign = {
 *   id: "campaign-one-link-two-helps", name: "一联双帮三治", kind: "mechanism",
 *   aims: ["tackle-poverty", "tackle-weakness", "tackle-disorder"],
 * };
 * ```
 * @category Campaigns
 */
export const CampaignSchema = z.object({
  /** The campaign's identifier. */
  id: RecordIdSchema,
  /** The name as used, e.g. `一联双帮三治` or `1+10`. */
  name: z.string().min(1),
  /** The name in English, for output in English; the Chinese `name` stands in when it is absent. */
  nameEn: z.string().min(1).optional(),
  /** What sort of thing it is: mechanism (工作机制), campaign (主题活动), action plan, working model, service, brand … */
  kind: CampaignKindSchema,
  /** The campaign or mechanism it is part of, e.g. a service under its mechanism. */
  parentId: RecordIdSchema.optional(),
  /** The organization that leads it. */
  organizationId: RecordIdSchema.optional(),
  /** The region where it applies. */
  regionId: RecordIdSchema.optional(),
  ...LifespanShape,
  /** True when it has been made a standing institution (固化为制度), whether or not the day is known. */
  institutionalized: z.boolean().optional(),
  /** The day it was made a standing institution (制度化), `YYYY-MM-DD`. */
  institutionalizedOn: CalendarDateSchema.optional(),
  /** For a service: which of the seven services (七类服务) it is. */
  service: ServiceKindSchema.optional(),
  /** Who provides the service or does the work, as the source names them (`在职党员`). */
  provider: z.string().min(1).optional(),
  /** Whom or where the service reaches, as the source names them (`居住地社区`). */
  recipient: z.string().min(1).optional(),
  /** The governances it aims at: tackle poverty (治穷), weakness (治弱), disorder (治乱). */
  aims: z.array(GovernanceAimSchema).optional(),
  /** Its parameters by name (`contactPoints: 10` for 1+10), kept as data, never as constants in code. */
  parameters: z.record(z.string(), CampaignParameterSchema).optional(),
  /** What it is, in a sentence or two. */
  description: z.string().min(1).optional(),
  ...RecordBaseShape,
});

/**
 * A named campaign or mechanism.
 *
 * @category Campaigns
 */
export type Campaign = z.infer<typeof CampaignSchema>;
