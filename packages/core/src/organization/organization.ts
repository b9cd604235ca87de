import { z } from "zod";
import { RecordIdSchema, RecordBaseShape, LifespanShape } from "../record/record.js";
import { CalendarDateSchema } from "../calendar/calendar-date.js";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * Kinds of Party organizations, from local committees down to branches, with the joint and temporary branches.
 *
 * @category Organizations
 */
export const ORGANIZATION_KINDS = [
  "local-committee",
  "committee-department",
  "working-committee",
  "party-group",
  "primary-committee",
  "general-branch",
  "branch",
  "joint-branch",
  "temporary-branch",
] as const;

/**
 * A kind of Party organization.
 *
 * @category Organizations
 */
export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS);

/**
 * A kind of Party organization.
 *
 * @category Organizations
 */
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

/**
 * The zh-CN and en labels of every organization kind.
 *
 * @category Organizations
 */
export const organizationKindLabels = defineEnumLabels("OrganizationKind", ORGANIZATION_KINDS, {
  "local-committee": { "zh-CN": "地方党委", en: "local Party committee" },
  "committee-department": { "zh-CN": "党委工作机关", en: "Party committee department" },
  "working-committee": { "zh-CN": "党的工作委员会", en: "Party working committee" },
  "party-group": { "zh-CN": "党组", en: "leading Party members' group" },
  "primary-committee": { "zh-CN": "基层党委", en: "primary Party committee" },
  "general-branch": { "zh-CN": "党总支", en: "general Party branch" },
  branch: { "zh-CN": "党支部", en: "Party branch" },
  "joint-branch": { "zh-CN": "联合党支部", en: "joint Party branch" },
  "temporary-branch": { "zh-CN": "临时党支部", en: "temporary Party branch" },
});

/**
 * The kinds that are primary-level organizations (党的基层组织), which membership thresholds apply to.
 *
 * @category Organizations
 */
export const PRIMARY_ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  "primary-committee",
  "general-branch",
  "branch",
  "joint-branch",
  "temporary-branch",
];

/**
 * Sectors of the unit an organization is set up in; "两新" covers non-public enterprises and social organizations.
 *
 * @category Organizations
 */
export const ORGANIZATION_SECTORS = [
  "village",
  "community",
  "township",
  "organ",
  "public-institution",
  "school",
  "hospital",
  "state-owned-enterprise",
  "non-public-enterprise",
  "social-organization",
  "project",
  "other",
] as const;

/**
 * The sector of an organization.
 *
 * @category Organizations
 */
export const OrganizationSectorSchema = z.enum(ORGANIZATION_SECTORS);

/**
 * The sector of an organization.
 *
 * @category Organizations
 */
export type OrganizationSector = z.infer<typeof OrganizationSectorSchema>;

/**
 * The zh-CN and en labels of every organization sector.
 *
 * @category Organizations
 */
export const organizationSectorLabels = defineEnumLabels("OrganizationSector", ORGANIZATION_SECTORS, {
  village: { "zh-CN": "农村", en: "village" },
  community: { "zh-CN": "社区", en: "community" },
  township: { "zh-CN": "乡镇（街道）", en: "township or subdistrict" },
  organ: { "zh-CN": "机关", en: "Party and government organ" },
  "public-institution": { "zh-CN": "事业单位", en: "public institution" },
  school: { "zh-CN": "学校", en: "school" },
  hospital: { "zh-CN": "医院", en: "hospital" },
  "state-owned-enterprise": { "zh-CN": "国有企业", en: "state-owned enterprise" },
  "non-public-enterprise": { "zh-CN": "非公有制企业", en: "non-public enterprise" },
  "social-organization": { "zh-CN": "社会组织", en: "social organization" },
  project: { "zh-CN": "项目", en: "project" },
  other: { "zh-CN": "其他", en: "other" },
});

/**
 * An earlier affiliation (隶属关系) of an organization, so the tree as of a date can be rebuilt.
 *
 * @category Organizations
 */
export const AffiliationSchema = z.object({
  /** The organization it was affiliated to (隶属关系) over this span. */
  parentId: RecordIdSchema,
  ...LifespanShape,
});

/**
 * An affiliation of an organization over a span of days.
 *
 * @category Organizations
 */
export type Affiliation = z.infer<typeof AffiliationSchema>;

/**
 * A name an organization carried over a span of days.
 *
 * @category Organizations
 */
export const OrganizationNameSchema = z.object({
  /** The full name it carried (曾用名) over this span. */
  name: z.string().min(1),
  ...LifespanShape,
});

/**
 * A name an organization carried over a span of days.
 *
 * @category Organizations
 */
export type OrganizationName = z.infer<typeof OrganizationNameSchema>;

/**
 * A committee election (换届) held by an organization.
 *
 * @category Organizations
 */
export const ElectionSchema = z.object({
  /** The day of the election, `YYYY-MM-DD`. */
  on: CalendarDateSchema,
  /** Who elected the committee: the members' meeting (党员大会) or the delegates' meeting (党员代表大会). */
  meeting: z.enum(["members", "delegates"]).optional(),
});

/**
 * A committee election held by an organization.
 *
 * @category Organizations
 */
export type Election = z.infer<typeof ElectionSchema>;

/**
 * A Party organization. Organizations form a tree by affiliation (`parentId`); `hostUnitIds` link it to the
 * units it is set up in (several for a joint branch). A temporary branch names the organization that approved it
 * and the task body it serves, and ends when that body ends.
 *
 * @example
 * ```ts
 * const branch: PartyOrganization = {
 *   id: "org-project-temporary-branch",
 *   name: "某县棚户区改造项目（二期）临时党支部",
 *   kind: "temporary-branch",
 *   sector: "project",
 *   parentId: "org-county-committee",
 *   approvedById: "org-county-committee",
 *   taskBodyId: "unit-shanty-town-phase-2",
 *   brand: "党建铸魂·城投铸城",
 * };
 * ```
 * @category Organizations
 */
export const PartyOrganizationSchema = z.object({
  /** The organization's identifier. */
  id: RecordIdSchema,
  /** The full official name, in Chinese (`某县棚户区改造项目（二期）临时党支部`). */
  name: z.string().min(1),
  /** The name in English, for output in English; the Chinese `name` stands in when it is absent. */
  nameEn: z.string().min(1).optional(),
  /** The short name in common use (`西宁市委`). */
  shortName: z.string().min(1).optional(),
  /** The kind: local committee, primary committee (基层党委), general branch (党总支), branch (党支部) … */
  kind: OrganizationKindSchema,
  /** The sector of the unit it is set up in: village, community, organ, school, non-public enterprise (两新) … */
  sector: OrganizationSectorSchema.optional(),
  /** The organization it is affiliated to (隶属关系); absent for a root. */
  parentId: RecordIdSchema.optional(),
  /** The region it works in. */
  regionId: RecordIdSchema.optional(),
  /** The host units (单位) it is set up in; several for a joint branch (联合党支部, generally at most 5). */
  hostUnitIds: z.array(RecordIdSchema).optional(),
  /** The day it was established, `YYYY-MM-DD`, the first day of its life; no membership starts before it. */
  establishedOn: CalendarDateSchema.optional(),
  /** The day it was dissolved (撤销), `YYYY-MM-DD`, the last day of its life; absent while it exists. */
  dissolvedOn: CalendarDateSchema.optional(),
  /** The organization that approved setting it up, as a temporary branch (临时党支部) must name. */
  approvedById: RecordIdSchema.optional(),
  /** The day its setting-up was approved, `YYYY-MM-DD`; not after `dissolvedOn`. */
  approvedOn: CalendarDateSchema.optional(),
  /** For a temporary branch: the host unit (task body or project) it serves; the branch ends when that body ends. */
  taskBodyId: RecordIdSchema.optional(),
  /** Whether it has an elected committee (required for a branch of 7 or more full members) rather than a secretary alone. */
  hasCommittee: z.boolean().optional(),
  /** The committee elections (换届) it has held, to check its term of office (任期). */
  elections: z.array(ElectionSchema).optional(),
  /** Its Party-building brand (党建品牌), e.g. `党建铸魂·城投铸城`. */
  brand: z.string().min(1).optional(),
  /** Earlier affiliations (隶属关系), each over a span, so the tree as of a date can be rebuilt. */
  affiliations: z.array(AffiliationSchema).optional(),
  /** Names it carried before (曾用名), each over a span. */
  formerNames: z.array(OrganizationNameSchema).optional(),
  /** The organization that took over its work after a merge or reorganization. */
  successorId: RecordIdSchema.optional(),
  ...RecordBaseShape,
});

/**
 * A Party organization.
 *
 * @category Organizations
 */
export type PartyOrganization = z.infer<typeof PartyOrganizationSchema>;
