import { z } from "zod";
import { RecordIdSchema, RecordBaseShape, LifespanShape } from "../record/record.js";
import { defineEnumLabels } from "../label/enum-labels.js";
import { GovernanceAimSchema } from "./governance.js";

/**
 * The six kinds of pairing: organization with village (结对共建), cadre with household (结对认亲), organ branch
 * with village branch (1对1 共建), leader with contact points (联点), member reporting to a community (报到),
 * and dispatch of a first secretary or work-team member to a village (选派).
 *
 * @category Pairings
 */
export const PAIRING_KINDS = [
  "organization-village",
  "cadre-household",
  "branch-village",
  "leader-contact-point",
  "member-community",
  "dispatch",
] as const;

/**
 * A kind of pairing.
 *
 * @category Pairings
 */
export const PairingKindSchema = z.enum(PAIRING_KINDS);

/**
 * A kind of pairing.
 *
 * @category Pairings
 */
export type PairingKind = z.infer<typeof PairingKindSchema>;

/**
 * The zh-CN and en labels of every pairing kind.
 *
 * @category Pairings
 */
export const pairingKindLabels = defineEnumLabels("PairingKind", PAIRING_KINDS, {
  "organization-village": { "zh-CN": "结对共建", en: "organization–village pairing" },
  "cadre-household": { "zh-CN": "结对认亲", en: "cadre–household pairing" },
  "branch-village": { "zh-CN": "1对1结对共建", en: "one-to-one branch pairing" },
  "leader-contact-point": { "zh-CN": "领导干部联点", en: "leader contact point" },
  "member-community": { "zh-CN": "在职党员到社区报到", en: "in-service member reporting to a community" },
  dispatch: { "zh-CN": "选派驻村", en: "dispatch to a village" },
});

/**
 * The record types a side of a pairing may point at.
 *
 * @category Pairings
 */
export const PAIRING_PARTY_TYPES = ["organization", "person", "host-unit", "region", "household"] as const;

/**
 * The record type a side of a pairing points at.
 *
 * @category Pairings
 */
export const PairingPartyTypeSchema = z.enum(PAIRING_PARTY_TYPES);

/**
 * The record type a side of a pairing points at.
 *
 * @category Pairings
 */
export type PairingPartyType = z.infer<typeof PairingPartyTypeSchema>;

/**
 * The zh-CN and en labels of every pairing party type.
 *
 * @category Pairings
 */
export const pairingPartyTypeLabels = defineEnumLabels("PairingPartyType", PAIRING_PARTY_TYPES, {
  organization: { "zh-CN": "党组织", en: "Party organization" },
  person: { "zh-CN": "个人", en: "person" },
  "host-unit": { "zh-CN": "单位", en: "unit" },
  region: { "zh-CN": "行政区域", en: "region" },
  household: { "zh-CN": "家庭户", en: "household" },
});

/**
 * One side of a pairing: a record type and an id.
 *
 * @category Pairings
 */
export const PairingPartySchema = z.object({
  /** The record type of this side; `PAIRING_SIDES` says which types each pairing kind allows. */
  type: PairingPartyTypeSchema,
  /** The id of the record in that type's collection. */
  id: RecordIdSchema,
});

/**
 * One side of a pairing.
 *
 * @category Pairings
 */
export type PairingParty = z.infer<typeof PairingPartySchema>;

/**
 * Which record types each side of each pairing kind may be; the dataset parser reports other combinations.
 *
 * @category Pairings
 */
export const PAIRING_SIDES: {
  readonly [K in PairingKind]: {
    /** The record types the helping side may be. */
    readonly helper: readonly PairingPartyType[];
    /** The record types the helped side may be. */
    readonly target: readonly PairingPartyType[];
  };
} = {
  "organization-village": { helper: ["organization", "host-unit"], target: ["region", "organization"] },
  "cadre-household": { helper: ["person"], target: ["household"] },
  "branch-village": { helper: ["organization"], target: ["organization"] },
  "leader-contact-point": { helper: ["person"], target: ["region", "organization", "host-unit"] },
  "member-community": { helper: ["person"], target: ["region", "organization"] },
  dispatch: { helper: ["person"], target: ["region"] },
};

/**
 * A pairing: a helper and a target over a period, with the governances it aims at. A dispatch records the
 * sending unit and the batch; a pairing made under a campaign names it.
 *
 * @example
 * ```ts
 * const pairing: Pairing = {
 *   id: "pair-1", kind: "organization-village",
 *   helper: { type: "organization", id: "org-court-branch" }, target: { type: "region", id: "village-1" },
 *   from: "2016-01-01", aims: ["tackle-poverty", "tackle-weakness"],
 * };
 * ```
 * @category Pairings
 */
export const PairingSchema = z.object({
  /** The pairing's identifier. */
  id: RecordIdSchema,
  /** The kind: 结对共建, 结对认亲, 1对1 共建, 联点 (contact point), 报到 (community reporting) or 选派 (dispatch). */
  kind: PairingKindSchema,
  /** The side that helps: an organization, a host unit or a person, as the kind allows. */
  helper: PairingPartySchema,
  /** The side helped: a village, a household, a branch, a contact point or a community, as the kind allows. */
  target: PairingPartySchema,
  ...LifespanShape,
  /** The governances it aims at (三治): tackle poverty (治穷), weakness (治弱), disorder (治乱). */
  aims: z.array(GovernanceAimSchema).optional(),
  /** The campaign or mechanism it was made under, e.g. 一联双帮三治. */
  campaignId: RecordIdSchema.optional(),
  /** For a dispatch: the sending unit (派出单位). */
  sendingUnitId: RecordIdSchema.optional(),
  /** For a dispatch: the batch (批次) as the source names it, e.g. `2021`. */
  batch: z.string().min(1).optional(),
  /** Why the pairing is an accepted exception to its mechanism's cardinality (a second helper for a large village), as recorded. */
  exceptionReason: z.string().min(1).optional(),
  ...RecordBaseShape,
});

/**
 * A pairing.
 *
 * @category Pairings
 */
export type Pairing = z.infer<typeof PairingSchema>;
