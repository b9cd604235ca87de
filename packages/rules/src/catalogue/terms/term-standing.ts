import type { CalendarDate, PartyOrganization } from "@dangjian/core";
import type { FindingSubject } from "../../finding/finding.js";
import type { PolicyParameters } from "../../policy/policy-parameters.js";

/**
 * The organization kinds that elect a committee for a term: primary committees, general branches and branches.
 * Joint and temporary branches are left out (a temporary branch holds no elections; its leaders are designated).
 *
 * @category Rules
 */
export const ELECTING_KINDS: ReadonlySet<PartyOrganization["kind"]> = new Set(["primary-committee", "general-branch", "branch"]);

/**
 * Reads the terms an organization may have under the 2018 opinion: 5 years in villages and communities, 5 for
 * other primary committees, 3 for other general branches and branches (all parameters). An organization without
 * a recorded sector may be a village one, so both readings are returned, shortest first, when they differ. The
 * lists are built once per reader, so reading millions of organizations allocates nothing.
 *
 * @param terms - the term parameters
 * @returns a function giving an organization's possible terms in years, ascending, one or two
 * @example
 * ```ts
 * const termYearsOf = termYearsReader(DEFAULT_POLICY_PARAMETERS.terms);
 * termYearsOf({ id: "o", name: "某村党支部", kind: "branch", sector: "village" }); // [5]
 * termYearsOf({ id: "o", name: "某党支部", kind: "branch" }); // [3, 5]
 * ```
 * @category Rules
 */
export function termYearsReader(terms: PolicyParameters["terms"]): (organization: PartyOrganization) => readonly number[] {
  const village = [terms.villageAndCommunityYears] as const;
  const either = (other: number): readonly number[] => (other === village[0] ? [other] : other < village[0] ? [other, village[0]] : [village[0], other]);
  const committee = [terms.primaryCommitteeYears] as const;
  const branch = [terms.branchYears] as const;
  const committeeOrVillage = either(terms.primaryCommitteeYears);
  const branchOrVillage = either(terms.branchYears);
  return (organization) => {
    const isCommittee = organization.kind === "primary-committee";
    if (organization.sector === "village" || organization.sector === "community") return village;
    if (organization.sector !== undefined) return isCommittee ? committee : branch;
    return isCommittee ? committeeOrVillage : branchOrVillage;
  };
}

/**
 * The day of an organization's latest recorded election on or before a day.
 *
 * @param organization - the organization
 * @param asOf - the day
 * @returns the day, or undefined when it records none by then
 * @example
 * ```ts
 * lastElectionOn({ id: "o", name: "某党支部", kind: "branch", elections: [{ on: "2021-05-10" }, { on: "2018-05-01" }] }, "2024-06-30"); // "2021-05-10"
 * ```
 * @category Rules
 */
export function lastElectionOn(organization: PartyOrganization, asOf: CalendarDate): CalendarDate | undefined {
  let last: CalendarDate | undefined;
  for (const election of organization.elections ?? []) if (election.on <= asOf && (last === undefined || election.on > last)) last = election.on;
  return last;
}

/**
 * The days of an organization's recorded elections on or before a day, ascending.
 *
 * @param organization - the organization
 * @param asOf - the day
 * @returns the election days, ascending (empty when none)
 * @example
 * ```ts
 * electionDaysUpTo({ id: "o", name: "某党支部", kind: "branch", elections: [{ on: "2021-05-10" }, { on: "2018-05-01" }] }, "2024-06-30");
 * // ["2018-05-01", "2021-05-10"]
 * ```
 * @category Rules
 */
export function electionDaysUpTo(organization: PartyOrganization, asOf: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (const election of organization.elections ?? []) if (election.on <= asOf) days.push(election.on);
  return days.length > 1 ? days.sort() : days;
}

const DAY_MS = 86_400_000;

// days since 1970-01-01 in UTC: exact for calendar days, no time zone, and far cheaper than parseISO
function dayNumber(day: CalendarDate): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/**
 * How far past the last allowed day an election came, or has not come by a day: the first day overdue and the
 * number of days. Computed on UTC day numbers, so the process time zone cannot shift a day.
 *
 * @param latestOn - the last day an approved postponement may reach
 * @param until - the day of the late election, or the day evaluated for
 * @returns the first overdue day and the days overdue up to `until`
 * @example
 * ```ts
 * overdue("2025-05-10", "2025-06-09"); // { overdueSince: "2025-05-11", overdueDays: 30 }
 * ```
 * @category Rules
 */
export function overdue(latestOn: CalendarDate, until: CalendarDate): { overdueSince: CalendarDate; overdueDays: number } {
  const latest = dayNumber(latestOn);
  return { overdueSince: new Date((latest + 1) * DAY_MS).toISOString().slice(0, 10), overdueDays: dayNumber(until) - latest };
}

/**
 * The finding subject of an organization the rule already holds, named as `subjectOf` names it (short name,
 * else name) without looking the id up again: over millions of organizations that lookup costs more than the
 * rest of a term check.
 *
 * @param organization - the organization
 * @returns its subject
 * @example
 * ```ts
 * organizationSubject({ id: "org-1", name: "中共某县委员会", shortName: "某县委", kind: "local-committee" });
 * // { type: "organization", id: "org-1", name: "某县委" }
 * ```
 * @category Rules
 */
export function organizationSubject(organization: PartyOrganization): FindingSubject {
  return { type: "organization", id: organization.id, name: organization.shortName ?? organization.name };
}
