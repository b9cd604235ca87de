import {
  coversDay,
  DangjianError,
  isOrganizationAliveOn,
  GOVERNANCE_AIMS,
  type CalendarDate,
  type DatasetIndex,
  type GovernanceAim,
  type PairingParty,
  type Person,
  type PostRole,
  type Region,
} from "@dangjian/core";
import type { PolicyParameters } from "../policy/policy-parameters.js";
import type { ResolvedPolicy } from "../policy/resolve-policy.js";
import { DEFAULT_HELPER_SECTORS, type PlanPairingsRequest, type PlannedPairingKind } from "./plan-request.js";
import { resolvePlanRequest } from "./resolve-plan-request.js";

/**
 * A helper the planner may use: an organization or a person, where it sits and how much it can still take on.
 *
 * @category Planner
 */
export interface PairingHelperCandidate {
  /** The helper, as a pairing names it. */
  readonly helper: PairingParty;
  /** Its name as the dataset gives it (an organization's short name when it has one). */
  readonly name: string;
  /** The region it sits in; absent when the dataset does not tell. */
  readonly regionId?: string;
  /** Units it can still take on the day: its capacity less the pairings it already has, at least 1. */
  readonly capacity: number;
  /** For a dispatch: the unit that would send the person (its employer), recorded on the proposal. */
  readonly sendingUnitId?: string;
}

/**
 * A target that needs help: a village or a household, where it is and how many helpers it still needs.
 *
 * @category Planner
 */
export interface PairingTargetCandidate {
  /** The target, as a pairing names it. */
  readonly target: PairingParty;
  /** Its name as the dataset gives it, or its id. */
  readonly name: string;
  /** The region it is in: the village itself, or a household's village. */
  readonly regionId: string;
  /** Helpers it still needs: 1, or for a dispatch the work-team seats still empty. */
  readonly demand: number;
  /** For a village: the governances its problems call for (三治), by `aimsForProblems`. */
  readonly aims?: readonly GovernanceAim[];
}

/**
 * Who needs help and who can give it for one planning request, each list sorted by id: the instance the planner
 * solves, before it is placed on the region tree.
 *
 * @category Planner
 */
export interface PairingCandidates {
  /** The kind planned. */
  readonly kind: PlannedPairingKind;
  /** The day. */
  readonly asOf: CalendarDate;
  /** The policy as resolved. */
  readonly policy: ResolvedPolicy;
  /** Helpers with spare capacity. */
  readonly helpers: readonly PairingHelperCandidate[];
  /** Targets still in need. */
  readonly targets: readonly PairingTargetCandidate[];
}

const WORK_TEAM_ROLES: ReadonlySet<PostRole> = new Set<PostRole>(["first-secretary", "work-team-leader", "work-team-member"]);

const byId = (a: { readonly id: string }, b: { readonly id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// datasets usually list records by id already: a pass that finds them in order spares the sort
function sortedById<T>(items: T[], partyOf: (item: T) => PairingParty): T[] {
  for (let i = 1; i < items.length; i++) {
    if (byId(partyOf(items[i - 1]!), partyOf(items[i]!)) > 0) return items.sort((a, b) => byId(partyOf(a), partyOf(b)));
  }
  return items;
}

function aimsOf(region: Region, parameters: PolicyParameters): GovernanceAim[] {
  const wanted = new Set((region.problems ?? []).map((problem) => parameters.pairing.aimsForProblems[problem]));
  return GOVERNANCE_AIMS.filter((aim) => wanted.has(aim));
}

function withAims(region: Region, parameters: PolicyParameters): { aims?: readonly GovernanceAim[] } {
  const aims = aimsOf(region, parameters);
  return aims.length > 0 ? { aims } : {};
}

function hasDesignation(region: Region, kinds: readonly string[], asOf: CalendarDate): boolean {
  return (region.designations ?? []).some((designation) => kinds.includes(designation.kind) && coversDay(designation, asOf));
}

/** Active pairings of a kind on the day, counted per helper of one type by id and collected per target id. */
function activePairings(
  index: DatasetIndex,
  kind: string,
  helperType: PairingParty["type"],
  asOf: CalendarDate,
  targetKey: (party: PairingParty) => string | undefined,
) {
  const helperLoad = new Map<string, number>();
  const pairedTargets = new Set<string>();
  for (const pairing of index.pairings.values()) {
    if (pairing.kind !== kind || !coversDay(pairing, asOf)) continue;
    if (pairing.helper.type === helperType) helperLoad.set(pairing.helper.id, (helperLoad.get(pairing.helper.id) ?? 0) + 1);
    const target = targetKey(pairing.target);
    if (target !== undefined) pairedTargets.add(target);
  }
  return { helperLoad, pairedTargets };
}

/** A person's region: the employer unit's, else that of an organization the person is a member of on the day. */
function regionOfPerson(index: DatasetIndex, person: Person, asOf: CalendarDate): string | undefined {
  const employer = person.employerUnitId === undefined ? undefined : index.hostUnits.get(person.employerUnitId);
  if (employer?.regionId !== undefined) return employer.regionId;
  for (const membership of index.membershipsOfPerson(person.id)) {
    if (!coversDay(membership, asOf)) continue;
    const regionId = index.organizations.get(membership.organizationId)?.regionId;
    if (regionId !== undefined) return regionId;
  }
  return undefined;
}

function personHelper(index: DatasetIndex, person: Person, asOf: CalendarDate, capacity: number, sendingUnit: boolean): PairingHelperCandidate {
  const regionId = regionOfPerson(index, person, asOf);
  const helper: { -readonly [K in keyof PairingHelperCandidate]: PairingHelperCandidate[K] } = { helper: { type: "person", id: person.id }, name: person.name, capacity };
  if (regionId !== undefined) helper.regionId = regionId;
  if (sendingUnit && person.employerUnitId !== undefined) helper.sendingUnitId = person.employerUnitId;
  return helper;
}

function organizationVillage(index: DatasetIndex, asOf: CalendarDate, parameters: PolicyParameters, sectors: readonly string[]) {
  const { helperLoad, pairedTargets } = activePairings(index, "organization-village", "organization", asOf, (party) =>
    party.type === "region" ? party.id : party.type === "organization" ? index.organizations.get(party.id)?.regionId : undefined,
  );
  const helpers: PairingHelperCandidate[] = [];
  for (const organization of index.organizations.values()) {
    if (organization.sector === undefined || !sectors.includes(organization.sector) || organization.regionId === undefined) continue;
    if (!isOrganizationAliveOn(organization, asOf)) continue;
    const capacity = parameters.pairing.villagesPerOrganization - (helperLoad.get(organization.id) ?? 0);
    if (capacity <= 0) continue;
    helpers.push({ helper: { type: "organization", id: organization.id }, name: organization.shortName ?? organization.name, regionId: organization.regionId, capacity });
  }
  const targets: PairingTargetCandidate[] = [];
  for (const region of index.regions.values()) {
    if (region.level !== "village" || pairedTargets.has(region.id)) continue;
    if (!hasDesignation(region, parameters.pairing.villageDesignationsNeedingHelp, asOf) && (region.problems ?? []).length === 0) continue;
    targets.push({ target: { type: "region", id: region.id }, name: region.name, regionId: region.id, demand: 1, ...withAims(region, parameters) });
  }
  return { helpers, targets };
}

function cadreHousehold(index: DatasetIndex, asOf: CalendarDate, parameters: PolicyParameters) {
  const { helperLoad, pairedTargets } = activePairings(index, "cadre-household", "person", asOf, (party) => (party.type === "household" ? party.id : undefined));
  const helpers: PairingHelperCandidate[] = [];
  for (const person of index.people.values()) {
    if (person.cadreRank === undefined) continue;
    const capacity = (parameters.pairing.householdsPerCadre[person.cadreRank] ?? 0) - (helperLoad.get(person.id) ?? 0);
    if (capacity <= 0) continue;
    helpers.push(personHelper(index, person, asOf, capacity, false));
  }
  const statuses = new Set<string>(parameters.pairing.householdStatusesNeedingHelp);
  const targets: PairingTargetCandidate[] = [];
  for (const household of index.households.values()) {
    if (!statuses.has(household.status) || pairedTargets.has(household.id)) continue;
    targets.push({ target: { type: "household", id: household.id }, name: household.name ?? household.id, regionId: household.villageId, demand: 1 });
  }
  return { helpers, targets };
}

function dispatch(index: DatasetIndex, asOf: CalendarDate, parameters: PolicyParameters, candidateIds: readonly string[] | undefined) {
  const holders = new Set<string>();
  const teams = new Map<string, Set<string>>();
  for (const post of index.posts.values()) {
    if (!WORK_TEAM_ROLES.has(post.role)) continue;
    for (const holding of index.holdersAsOf(post.id, asOf)) {
      holders.add(holding.personId);
      if (post.regionId === undefined) continue;
      const team = teams.get(post.regionId) ?? new Set<string>();
      team.add(holding.personId);
      teams.set(post.regionId, team);
    }
  }
  const { teamMinSize, targetDesignations } = parameters.firstSecretary;
  const targets: PairingTargetCandidate[] = [];
  for (const region of index.regions.values()) {
    if (region.level !== "village" || !hasDesignation(region, targetDesignations, asOf)) continue;
    const demand = teamMinSize - (teams.get(region.id)?.size ?? 0);
    if (demand <= 0) continue;
    targets.push({ target: { type: "region", id: region.id }, name: region.name, regionId: region.id, demand, ...withAims(region, parameters) });
  }
  let people: Person[];
  if (candidateIds === undefined) people = [...index.people.values()].filter((person) => person.inService === true);
  else {
    const unknown = candidateIds.filter((id) => !index.people.has(id));
    if (unknown.length > 0) throw new DangjianError("unknown_reference", `candidateIds name people the dataset does not have: ${unknown.slice(0, 10).join(", ")}`);
    people = [...new Set(candidateIds)].map((id) => index.people.get(id)!);
  }
  const helpers = people.filter((person) => !holders.has(person.id)).map((person) => personHelper(index, person, asOf, 1, true));
  return { helpers, targets };
}

/**
 * Collects who needs help and who can give it, as {@link planPairings} sees them on the day:
 * - `organization-village`: helpers are organizations alive on the day, of the helper sectors, with a region; each
 *   takes `villagesPerOrganization` villages less its active pairings of the kind. Targets are villages with a
 *   designation in `villageDesignationsNeedingHelp` running that day, or with any problem, and no active pairing
 *   of the kind (naming the village or an organization of it).
 * - `cadre-household`: helpers are people with a cadre rank, each taking `householdsPerCadre[rank]` less their
 *   active pairings of the kind; a person sits in the region of the employer unit, else of an organization they
 *   are a member of that day. Targets are households whose status is in `householdStatusesNeedingHelp` without an
 *   active pairing of the kind, in their village.
 * - `dispatch`: targets are villages with a designation in `firstSecretary.targetDesignations` that day, needing
 *   `teamMinSize` less the people holding a first-secretary or work-team post of the village that day. Helpers are
 *   in-service members (or the candidates given) holding no such post anywhere that day, one village each.
 *
 * @param index - the dataset's index
 * @param request - the kind, the day, the policy and the kind's options
 * @returns the helpers and targets, each sorted by id
 * @throws DangjianError `invalid_argument` for a bad kind or day, `invalid_policy` for a policy that cannot be
 *   resolved, `unknown_reference` for dispatch candidates the dataset does not have
 * @example
 * ```ts
 * const { helpers, targets } = collectPairingCandidates(index, { kind: "cadre-household", asOf: "2024-06-30" });
 * targets.length; // households still needing a cadre
 * ```
 * @category Planner
 */
export function collectPairingCandidates(index: DatasetIndex, request: PlanPairingsRequest): PairingCandidates {
  const policy = resolvePlanRequest(request);
  const { parameters } = policy;
  const { asOf } = request;
  const found =
    request.kind === "organization-village"
      ? organizationVillage(index, asOf, parameters, request.helperSectors ?? DEFAULT_HELPER_SECTORS)
      : request.kind === "cadre-household"
        ? cadreHousehold(index, asOf, parameters)
        : dispatch(index, asOf, parameters, request.candidateIds);
  const helpers = sortedById(found.helpers, (helper) => helper.helper);
  const targets = sortedById(found.targets, (target) => target.target);
  return { kind: request.kind, asOf, policy, helpers, targets };
}
