import { z } from "zod";
import { RecordIdSchema, RecordBaseShape, LifespanShape } from "../record/record.js";
import { defineEnumLabels } from "../label/enum-labels.js";
import { QuantityInputSchema } from "../quantity/quantity-input.js";

/**
 * Kinds of teams Party members form for a task.
 *
 * @category Teams
 */
export const TEAM_KINDS = [
  "volunteer-service",
  "shock",
  "vanguard",
  "night-patrol",
  "flood-emergency",
  "ecological-patrol",
  "epidemic-prevention",
  "special-task-force",
  "other",
] as const;

/**
 * A kind of team.
 *
 * @category Teams
 */
export const TeamKindSchema = z.enum(TEAM_KINDS);

/**
 * A kind of team.
 *
 * @category Teams
 */
export type TeamKind = z.infer<typeof TeamKindSchema>;

/**
 * The zh-CN and en labels of every team kind.
 *
 * @category Teams
 */
export const teamKindLabels = defineEnumLabels("TeamKind", TEAM_KINDS, {
  "volunteer-service": { "zh-CN": "党员志愿服务队", en: "Party member volunteer service team" },
  shock: { "zh-CN": "党员突击队", en: "Party member shock team" },
  vanguard: { "zh-CN": "党员先锋队", en: "Party member vanguard team" },
  "night-patrol": { "zh-CN": "夜巡队", en: "night patrol" },
  "flood-emergency": { "zh-CN": "抗洪抢险应急队", en: "flood emergency team" },
  "ecological-patrol": { "zh-CN": "生态巡护队", en: "ecological patrol" },
  "epidemic-prevention": { "zh-CN": "防疫小组", en: "epidemic prevention group" },
  "special-task-force": { "zh-CN": "党员专班", en: "special task force" },
  other: { "zh-CN": "其他", en: "other" },
});

/**
 * A team led by an organization, with its members (or only their count when names are not recorded),
 * a purpose, the units it works with, and a period.
 *
 * @example
 * ```ts
 * const patrol: Team = {
 *   id: "team-horseback-patrol", name: "马背生态巡护队", kind: "ecological-patrol",
 *   regionId: "village-1", horseback: true,
 * };
 * ```
 * @category Teams
 */
export const TeamSchema = z.object({
  /** The team's identifier. */
  id: RecordIdSchema,
  /** The team's name as used, e.g. `马背生态巡护队`. */
  name: z.string().min(1).optional(),
  /** The name in English, for output in English; the Chinese `name` stands in when it is absent. */
  nameEn: z.string().min(1).optional(),
  /** What sort of team: volunteer service (志愿服务队), shock (突击队), vanguard (先锋队), patrol, task force (专班) … */
  kind: TeamKindSchema,
  /** The organization that leads it. */
  organizationId: RecordIdSchema.optional(),
  /** The unit that formed it or that it belongs to, e.g. a court or a command office. */
  hostUnitId: RecordIdSchema.optional(),
  /** The region it works in. */
  regionId: RecordIdSchema.optional(),
  /** Its members, when they are recorded by name. */
  memberIds: z.array(RecordIdSchema).optional(),
  /** How many members, when names are not recorded: a quantity as stated (`30余名`) or its object. */
  memberCount: QuantityInputSchema.optional(),
  /** The host units it works with (合作单位). */
  partnerUnitIds: z.array(RecordIdSchema).optional(),
  /** What the team is for, in a sentence. */
  purpose: z.string().min(1).optional(),
  /** True for a patrol on horseback (马背巡护). */
  horseback: z.boolean().optional(),
  ...LifespanShape,
  ...RecordBaseShape,
});

/**
 * A team.
 *
 * @category Teams
 */
export type Team = z.infer<typeof TeamSchema>;
