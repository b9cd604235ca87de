import type { CalendarDate } from "../calendar/calendar-date.js";
import type { Affiliation, PartyOrganization } from "../organization/organization.js";
import { coversDay } from "./covers-day.js";

/**
 * The id of an organization's parent (隶属关系) on a day, from its affiliation history when it has one.
 *
 * - An affiliation whose `from`..`to` covers the day wins (the one that started last, if several do).
 * - Otherwise `parentId`, the current affiliation, holds once every recorded affiliation has ended
 *   (each has a `to` before the day); a day in a gap of the history, or before it, has no known parent.
 * - Without an affiliation history, `parentId` holds on every day.
 *
 * Whether the organization or its parent exists on that day is not checked here.
 *
 * @param organization - the organization
 * @param day - the day, as `YYYY-MM-DD`
 * @returns the parent's id, or undefined when it has none or none is known on that day
 * @example
 * ```ts
 * const org: PartyOrganization = {
 *   id: "org-b", name: "某支部", kind: "branch", parentId: "org-new",
 *   affiliations: [{ parentId: "org-old", from: "2000-01-01", to: "2019-12-31" }],
 * };
 * organizationParentIdAsOf(org, "2019-12-31"); // "org-old"
 * organizationParentIdAsOf(org, "2020-01-01"); // "org-new"
 * ```
 * @category Index
 */
export function organizationParentIdAsOf(
  organization: Pick<PartyOrganization, "parentId" | "affiliations">,
  day: CalendarDate,
): string | undefined {
  const history = organization.affiliations;
  if (history === undefined || history.length === 0) return organization.parentId;
  let covering: Affiliation | undefined;
  let allEnded = true;
  for (const affiliation of history) {
    if (coversDay(affiliation, day)) {
      if (covering === undefined || (affiliation.from ?? "") > (covering.from ?? "")) covering = affiliation;
    }
    if (affiliation.to === undefined || affiliation.to >= day) allEnded = false;
  }
  if (covering !== undefined) return covering.parentId;
  return allEnded ? organization.parentId : undefined;
}
