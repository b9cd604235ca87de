import type { CalendarDate, OrganizationSector } from "@dangjian/core";
import type { Policy } from "../policy/policy.js";
import type { ResolvedPolicy } from "../policy/resolve-policy.js";

/**
 * The pairing kinds the planner proposes: organizations for villages (结对共建), cadres for households (结对认亲),
 * and people dispatched to key villages as first secretary or work-team member (选派).
 *
 * @category Planner
 */
export const PLANNED_PAIRING_KINDS = ["organization-village", "cadre-household", "dispatch"] as const;

/**
 * A pairing kind the planner proposes.
 *
 * @category Planner
 */
export type PlannedPairingKind = (typeof PLANNED_PAIRING_KINDS)[number];

/**
 * The sectors whose organizations help villages unless a request names others: Party and government organs,
 * public institutions and state-owned enterprises (党政机关、企事业单位).
 *
 * @category Planner
 */
export const DEFAULT_HELPER_SECTORS: readonly OrganizationSector[] = ["organ", "public-institution", "state-owned-enterprise"];

/**
 * What every planning request gives: the day and the policy whose parameters set needs and capacities.
 *
 * @category Planner
 */
export interface PlanRequestBase {
  /** The day the plan starts (`from` of every proposal) and the day needs, capacities and posts are read for, `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** The policy, as data (resolved here) or resolved; 一联双帮三治 ({@link ONE_LINK_TWO_HELPS_POLICY}) when omitted. */
  readonly policy?: Policy | ResolvedPolicy;
  /** Policies `policy` may extend besides the built-in ones. */
  readonly policies?: readonly Policy[];
}

/**
 * Plan organizations for the villages that need help (结对共建).
 *
 * @category Planner
 */
export interface OrganizationVillagePlanRequest extends PlanRequestBase {
  /** The kind. */
  readonly kind: "organization-village";
  /** The sectors whose organizations may help; {@link DEFAULT_HELPER_SECTORS} when omitted. */
  readonly helperSectors?: readonly OrganizationSector[];
}

/**
 * Plan cadres for the households that need help (结对认亲).
 *
 * @category Planner
 */
export interface CadreHouseholdPlanRequest extends PlanRequestBase {
  /** The kind. */
  readonly kind: "cadre-household";
}

/**
 * Plan people to dispatch to the villages whose work team is short (选派).
 *
 * @category Planner
 */
export interface DispatchPlanRequest extends PlanRequestBase {
  /** The kind. */
  readonly kind: "dispatch";
  /** The people who may be dispatched, by id; every in-service member (在职党员) when omitted. Current team holders are left out either way. */
  readonly candidateIds?: readonly string[];
}

/**
 * A request to {@link planPairings}, one shape per kind.
 *
 * @category Planner
 */
export type PlanPairingsRequest = OrganizationVillagePlanRequest | CadreHouseholdPlanRequest | DispatchPlanRequest;
