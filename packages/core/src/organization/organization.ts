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
  on: CalendarDateSchema,
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
 *   id: "org-menyuan-project-temporary-branch",
 *   name: "门源县棚户区改造项目（二期）临时党支部",
 *   kind: "temporary-branch",
 *   sector: "project",
 *   parentId: "org-menyuan-county-committee",
 *   approvedById: "org-menyuan-county-committee",
 *   taskBodyId: "unit-menyuan-shanty-town-phase-2",
 *   brand: "党建铸魂·城投铸城",
 * };
 * ```
 * @category Organizations
 */
export const PartyOrganizationSchema = z.object({
  id: RecordIdSchema,
  name: z.string().min(1),
  shortName: z.string().min(1).optional(),
  kind: OrganizationKindSchema,
  sector: OrganizationSectorSchema.optional(),
  parentId: RecordIdSchema.optional(),
  regionId: RecordIdSchema.optional(),
  hostUnitIds: z.array(RecordIdSchema).optional(),
  establishedOn: CalendarDateSchema.optional(),
  dissolvedOn: CalendarDateSchema.optional(),
  approvedById: RecordIdSchema.optional(),
  approvedOn: CalendarDateSchema.optional(),
  taskBodyId: RecordIdSchema.optional(),
  hasCommittee: z.boolean().optional(),
  elections: z.array(ElectionSchema).optional(),
  brand: z.string().min(1).optional(),
  affiliations: z.array(AffiliationSchema).optional(),
  formerNames: z.array(OrganizationNameSchema).optional(),
  successorId: RecordIdSchema.optional(),
  ...RecordBaseShape,
});

/**
 * A Party organization.
 *
 * @category Organizations
 */
export type PartyOrganization = z.infer<typeof PartyOrganizationSchema>;
