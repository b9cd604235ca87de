import { z } from "zod";
import { CadreRankSchema, GovernanceAimSchema, HouseholdStatusSchema, VillageDesignationKindSchema, VillageProblemSchema } from "@dangjian/core";

const count = z.number().int().nonnegative();
const positive = z.number().int().positive();

/**
 * Parameters of the organization-setup rules (Party Constitution, 2018 branch regulations, 2019 rural
 * regulations). Thresholds count full members only.
 *
 * @category Policies
 */
export const SetupParametersSchema = z.object({
  /** Full members from which a unit must form its own branch (3); fewer join a joint branch. */
  branchMinFullMembers: positive,
  /** The most units a joint branch should cover (5). */
  jointBranchMaxUnits: positive,
  /** The most members a branch should have (50); more is a warning. */
  branchMaxMembers: positive,
  /** Full members from which a branch must have a committee (7); fewer have a secretary and no committee. */
  committeeMinFullMembers: positive,
  /** The smallest branch committee (3). */
  committeeMinSize: positive,
  /** The usual largest branch committee (5); up to `committeeMaxSize` is allowed. */
  committeeUsualMaxSize: positive,
  /** The largest branch committee (7). */
  committeeMaxSize: positive,
  /** Deputy secretaries a branch without committee may have (1). */
  deputiesWithoutCommittee: count,
  /** Members above which a village may form a general branch (50). */
  villageGeneralBranchAbove: positive,
  /** Members from which a village may form a Party committee, with county approval (100). */
  villageCommitteeMinMembers: positive,
  /** Members from which a village Party committee may be elected by a delegates' meeting (500). */
  villageDelegatesMinMembers: positive,
  /** Years of Party standing a branch secretary should have (1). */
  secretaryMinStandingYears: count,
});

/**
 * Parameters of the term rules (2018 opinion on terms).
 *
 * @category Policies
 */
export const TermParametersSchema = z.object({
  /** Term of village and community organizations, in years (5). */
  villageAndCommunityYears: positive,
  /** Term of other primary committees (5). */
  primaryCommitteeYears: positive,
  /** Term of other general branches and branches (3). */
  branchYears: positive,
  /** How long an election may be postponed with approval, in years (1). */
  allowedDelayYears: count,
});

/**
 * Parameters of the temporary-branch rules (2018 branch regulations).
 *
 * @category Policies
 */
export const TemporaryBranchParametersSchema = z.object({
  /** Months from which a project should have a regular branch rather than a temporary one (6). */
  regularBranchMinProjectMonths: positive,
});

/**
 * Parameters of the first-secretary and work-team rules (2015, 2017, 2021 policies).
 *
 * @category Policies
 */
export const FirstSecretaryParametersSchema = z.object({
  /** The village designations that must have a first secretary. */
  targetDesignations: z.array(VillageDesignationKindSchema),
  /** Years of Party standing a first secretary must have. */
  minStandingYears: count,
  /** Years of work a first secretary must have. */
  minWorkYears: count,
  /** The shortest term, in years. */
  minTermYears: count,
  /** The longest term, in years; absent when there is none. */
  maxTermYears: positive.optional(),
  /** The smallest work team, the first secretary included. */
  teamMinSize: positive,
  /** The largest work team. */
  teamMaxSize: positive,
  /** The longest gap between two first secretaries of one village, in days. */
  maxRotationGapDays: count,
});

/**
 * Parameters of the pairing rules of 一联双帮三治. Capacities by cadre rank are not confirmed for any region;
 * the defaults follow neighbouring programmes and are meant to be overridden.
 *
 * @category Policies
 */
export const PairingParametersSchema = z.object({
  /** The village designations that mean a village needs a helping organization. */
  villageDesignationsNeedingHelp: z.array(VillageDesignationKindSchema),
  /** The household statuses that mean a household needs a helping cadre. */
  householdStatusesNeedingHelp: z.array(HouseholdStatusSchema),
  /** The most households a cadre of each rank helps at once. */
  householdsPerCadre: z.record(CadreRankSchema, count),
  /** The most villages one organization helps at once. */
  villagesPerOrganization: positive,
  /** The governance a pairing must aim at for each problem of its village. */
  aimsForProblems: z.record(VillageProblemSchema, GovernanceAimSchema),
});

/**
 * Parameters of the coverage rules (全覆盖 statements).
 *
 * @category Policies
 */
export const CoverageParametersSchema = z.object({
  /** The least collective income of a village, in yuan (200,000). */
  collectiveIncomeFloorYuan: count,
  /** The indicator that reports a village's collective income. */
  collectiveIncomeIndicator: z.string().min(1),
});

/**
 * Parameters of the reconciliation rule: how a reported figure is compared with records.
 *
 * @category Policies
 */
export const ReconciliationParametersSchema = z.object({
  /** How far 近, 约 and 左右 reach when re-reading figures, as a fraction (0.1). */
  tolerance: z.number().gt(0).lt(1),
});

/**
 * Every parameter a policy sets: no threshold is a constant in code.
 *
 * @category Policies
 */
export const PolicyParametersSchema = z.object({
  /** Organization setup. */
  setup: SetupParametersSchema,
  /** Terms and elections. */
  terms: TermParametersSchema,
  /** Temporary branches. */
  temporaryBranch: TemporaryBranchParametersSchema,
  /** First secretaries and work teams. */
  firstSecretary: FirstSecretaryParametersSchema,
  /** Pairings of 一联双帮三治. */
  pairing: PairingParametersSchema,
  /** Coverage statements. */
  coverage: CoverageParametersSchema,
  /** Reported figures against records. */
  reconciliation: ReconciliationParametersSchema,
});

/**
 * Every parameter a policy sets.
 *
 * @category Policies
 */
export type PolicyParameters = z.infer<typeof PolicyParametersSchema>;

/**
 * Parameters a policy changes: any group, any field; the rest comes from the policies it extends or the
 * defaults.
 *
 * @category Policies
 */
export const PolicyParameterOverridesSchema = z.object({
  /** Organization setup. */
  setup: SetupParametersSchema.partial().optional(),
  /** Terms and elections. */
  terms: TermParametersSchema.partial().optional(),
  /** Temporary branches. */
  temporaryBranch: TemporaryBranchParametersSchema.partial().optional(),
  /** First secretaries and work teams. */
  firstSecretary: FirstSecretaryParametersSchema.partial().optional(),
  /** Pairings of 一联双帮三治. */
  pairing: PairingParametersSchema.partial().optional(),
  /** Coverage statements. */
  coverage: CoverageParametersSchema.partial().optional(),
  /** Reported figures against records. */
  reconciliation: ReconciliationParametersSchema.partial().optional(),
});

/**
 * Parameters a policy changes.
 *
 * @category Policies
 */
export type PolicyParameterOverrides = z.infer<typeof PolicyParameterOverridesSchema>;

/**
 * The default of every parameter, from the regulations as the domain brief gives them; where the brief marks a
 * number unconfirmed (capacities by cadre rank, team size after 2021, rotation gaps) the default is documented
 * here and meant to be overridden by a policy.
 *
 * @category Policies
 */
export const DEFAULT_POLICY_PARAMETERS: PolicyParameters = {
  setup: {
    branchMinFullMembers: 3,
    jointBranchMaxUnits: 5,
    branchMaxMembers: 50,
    committeeMinFullMembers: 7,
    committeeMinSize: 3,
    committeeUsualMaxSize: 5,
    committeeMaxSize: 7,
    deputiesWithoutCommittee: 1,
    villageGeneralBranchAbove: 50,
    villageCommitteeMinMembers: 100,
    villageDelegatesMinMembers: 500,
    secretaryMinStandingYears: 1,
  },
  terms: { villageAndCommunityYears: 5, primaryCommitteeYears: 5, branchYears: 3, allowedDelayYears: 1 },
  temporaryBranch: { regularBranchMinProjectMonths: 6 },
  firstSecretary: {
    targetDesignations: ["post-poverty", "relocation-resettlement", "revitalization-key", "weak-and-lax"],
    minStandingYears: 1,
    minWorkYears: 2,
    minTermYears: 2,
    teamMinSize: 3,
    teamMaxSize: 5,
    maxRotationGapDays: 30,
  },
  pairing: {
    villageDesignationsNeedingHelp: ["registered-poor", "post-poverty", "relocation-resettlement", "weak-and-lax"],
    householdStatusesNeedingHelp: ["registered-poor", "monitored"],
    householdsPerCadre: { prefecture: 5, county: 4, section: 3, general: 2 },
    villagesPerOrganization: 2,
    aimsForProblems: { poor: "tackle-poverty", weak: "tackle-weakness", lax: "tackle-weakness", disorderly: "tackle-disorder" },
  },
  coverage: { collectiveIncomeFloorYuan: 200_000, collectiveIncomeIndicator: "village.collective-income" },
  reconciliation: { tolerance: 0.1 },
};
