import type { CalendarDate } from "../calendar/calendar-date.js";
import type { PartyOrganization } from "../organization/organization.js";

/**
 * Tells whether an organization exists on a day: from its `establishedOn` to its `dissolvedOn`, both days
 * included (a membership may end on the day of dissolution, so the organization is counted that day).
 * An unknown establishment means it existed before any day asked about; no dissolution means it still exists.
 *
 * @param organization - the organization
 * @param day - the day, as `YYYY-MM-DD`
 * @returns true when `establishedOn <= day <= dissolvedOn`, the missing ends open
 * @example
 * ```ts
 * const org: PartyOrganization = { id: "org-1", name: "某支部", kind: "branch", establishedOn: "2000-01-01", dissolvedOn: "2010-01-01" };
 * isOrganizationAliveOn(org, "2000-01-01"); // true
 * isOrganizationAliveOn(org, "2010-01-01"); // true
 * isOrganizationAliveOn(org, "2010-01-02"); // false
 * ```
 * @category Index
 */
export function isOrganizationAliveOn(
  organization: Pick<PartyOrganization, "establishedOn" | "dissolvedOn">,
  day: CalendarDate,
): boolean {
  const { establishedOn, dissolvedOn } = organization;
  return (establishedOn === undefined || establishedOn <= day) && (dissolvedOn === undefined || day <= dissolvedOn);
}
