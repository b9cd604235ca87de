import { z } from "zod";
import { RecordIdSchema, RecordBaseShape, LifespanShape } from "../record/record.js";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * Roles of posts: the seats of a Party organization, the dispatched first secretary and work team,
 * contact-point leaders, the cooperative chair and village posts.
 *
 * @category Posts
 */
export const POST_ROLES = [
  "secretary",
  "deputy-secretary",
  "committee-member",
  "first-secretary",
  "work-team-leader",
  "work-team-member",
  "village-stationed-cadre",
  "contact-point-leader",
  "cooperative-chair",
  "villagers-committee-director",
  "villagers-committee-member",
  "other",
] as const;

/**
 * The role of a post.
 *
 * @category Posts
 */
export const PostRoleSchema = z.enum(POST_ROLES);

/**
 * The role of a post.
 *
 * @category Posts
 */
export type PostRole = z.infer<typeof PostRoleSchema>;

/**
 * The zh-CN and en labels of every post role.
 *
 * @category Posts
 */
export const postRoleLabels = defineEnumLabels("PostRole", POST_ROLES, {
  secretary: { "zh-CN": "书记", en: "secretary" },
  "deputy-secretary": { "zh-CN": "副书记", en: "deputy secretary" },
  "committee-member": { "zh-CN": "委员", en: "committee member" },
  "first-secretary": { "zh-CN": "驻村第一书记", en: "village first secretary" },
  "work-team-leader": { "zh-CN": "驻村工作队队长", en: "village work-team leader" },
  "work-team-member": { "zh-CN": "驻村工作队员", en: "village work-team member" },
  "village-stationed-cadre": { "zh-CN": "乡镇驻村干部", en: "township cadre stationed in a village" },
  "contact-point-leader": { "zh-CN": "联点领导", en: "contact-point leader" },
  "cooperative-chair": { "zh-CN": "合作社理事长", en: "cooperative chair" },
  "villagers-committee-director": { "zh-CN": "村民委员会主任", en: "villagers' committee director" },
  "villagers-committee-member": { "zh-CN": "村民委员会委员", en: "villagers' committee member" },
  other: { "zh-CN": "其他", en: "other" },
});

/**
 * How a holder came to a post.
 *
 * @category Posts
 */
export const APPOINTMENT_MODES = ["elected", "designated", "dispatched", "appointed"] as const;

/**
 * How a holder came to a post.
 *
 * @category Posts
 */
export const AppointmentModeSchema = z.enum(APPOINTMENT_MODES);

/**
 * How a holder came to a post.
 *
 * @category Posts
 */
export type AppointmentMode = z.infer<typeof AppointmentModeSchema>;

/**
 * The zh-CN and en labels of every appointment mode.
 *
 * @category Posts
 */
export const appointmentModeLabels = defineEnumLabels("AppointmentMode", APPOINTMENT_MODES, {
  elected: { "zh-CN": "选举产生", en: "elected" },
  designated: { "zh-CN": "上级指定", en: "designated by the higher organization" },
  dispatched: { "zh-CN": "选派", en: "dispatched" },
  appointed: { "zh-CN": "任命", en: "appointed" },
});

/**
 * A post: a seat that exists even when vacant, in an organization, a host unit or a village, over its own life.
 *
 * @example
 * ```ts
 * const post: Post = { id: "post-village-first-secretary", role: "first-secretary", regionId: "village-1" };
 * ```
 * @category Posts
 */
export const PostSchema = z.object({
  /** The post's identifier. */
  id: RecordIdSchema,
  /** The seat's role: secretary (书记), committee member (委员), first secretary (驻村第一书记), contact-point leader … */
  role: PostRoleSchema,
  /** The post's title as written, when the role alone does not say it. */
  title: z.string().min(1).optional(),
  /** The Party organization the seat belongs to, if any. */
  organizationId: RecordIdSchema.optional(),
  /** The host unit the seat belongs to, if any (the cooperative of a cooperative chair). */
  hostUnitId: RecordIdSchema.optional(),
  /** The village or region the seat serves, e.g. the village of a first secretary. */
  regionId: RecordIdSchema.optional(),
  ...LifespanShape,
  ...RecordBaseShape,
});

/**
 * A post.
 *
 * @category Posts
 */
export type Post = z.infer<typeof PostSchema>;

/**
 * A person holding a post over a span of days. A dispatched holder (first secretary, work-team member)
 * records the sending unit (派出单位) and the batch (批次).
 *
 * @example
 * ```ts
 * const holding: PostHolding = {
 *   id: "h-1", postId: "post-village-first-secretary", personId: "p-1", from: "2021-06-01",
 *   appointment: "dispatched", sendingUnitId: "unit-intermediate-court", batch: "2021",
 * };
 * ```
 * @category Posts
 */
export const PostHoldingSchema = z.object({
  /** The holding's identifier. */
  id: RecordIdSchema,
  /** The post held; the holding must lie within the post's life. */
  postId: RecordIdSchema,
  /** The holder. */
  personId: RecordIdSchema,
  /** How the holder came to the post: elected, designated by the higher organization, dispatched (选派) or appointed. */
  appointment: AppointmentModeSchema.optional(),
  /** For a dispatched holder: the sending unit (派出单位). */
  sendingUnitId: RecordIdSchema.optional(),
  /** For a dispatched holder: the dispatch batch (批次) as the source names it, e.g. `2021`. */
  batch: z.string().min(1).optional(),
  ...LifespanShape,
  ...RecordBaseShape,
});

/**
 * A person holding a post over a span of days.
 *
 * @category Posts
 */
export type PostHolding = z.infer<typeof PostHoldingSchema>;
