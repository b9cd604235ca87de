import { z } from "zod";
import { RecordIdSchema, RecordBaseShape, LifespanShape } from "../record/record.js";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * Membership status: full (正式党员) or probationary (预备党员). Thresholds count full members only.
 *
 * @category Memberships
 */
export const MEMBERSHIP_STATUSES = ["full", "probationary"] as const;

/**
 * A membership status.
 *
 * @category Memberships
 */
export const MembershipStatusSchema = z.enum(MEMBERSHIP_STATUSES);

/**
 * A membership status.
 *
 * @category Memberships
 */
export type MembershipStatus = z.infer<typeof MembershipStatusSchema>;

/**
 * The zh-CN and en labels of every membership status.
 *
 * @category Memberships
 */
export const membershipStatusLabels = defineEnumLabels("MembershipStatus", MEMBERSHIP_STATUSES, {
  full: { "zh-CN": "正式党员", en: "full member" },
  probationary: { "zh-CN": "预备党员", en: "probationary member" },
});

/**
 * A membership relationship (组织关系): the organization that holds a member's formal record over a span of days.
 * A probationary period and the full membership after it are two records.
 *
 * @example
 * ```ts
 * const m: Membership = { id: "m-1", personId: "p-1", organizationId: "org-1", status: "full", from: "2015-07-01" };
 * ```
 * @category Memberships
 */
export const MembershipSchema = z.object({
  /** The membership record's identifier. */
  id: RecordIdSchema,
  /** The member. */
  personId: RecordIdSchema,
  /** The organization holding the member's formal record (组织关系); the span must lie within its life. */
  organizationId: RecordIdSchema,
  /** Full (正式党员) or probationary (预备党员); probationary members never count toward thresholds. */
  status: MembershipStatusSchema,
  ...LifespanShape,
  ...RecordBaseShape,
});

/**
 * A membership relationship.
 *
 * @category Memberships
 */
export type Membership = z.infer<typeof MembershipSchema>;
