import type { CalendarDate } from "../calendar/calendar-date.js";
import type { Membership } from "../membership/membership.js";
import type { Person } from "../person/person.js";

/**
 * The day a person became a full member (转正), as far as the data tells: the earliest `from` of the person's
 * full memberships, or the person's own `fullMemberSince` when that is earlier (the membership history may be
 * incomplete). Probationary memberships never count.
 *
 * @param person - the person, for `fullMemberSince`; may be undefined when only memberships are known
 * @param memberships - the person's memberships (others are ignored)
 * @returns the earliest known day, or undefined when nothing tells
 * @example
 * ```ts
 * fullMemberSinceOf({ id: "p-1", name: "张三" }, [
 *   { id: "m-1", personId: "p-1", organizationId: "org-1", status: "probationary", from: "2001-07-01", to: "2002-06-30" },
 *   { id: "m-2", personId: "p-1", organizationId: "org-1", status: "full", from: "2002-07-01" },
 * ]); // "2002-07-01"
 * ```
 * @category Index
 */
export function fullMemberSinceOf(
  person: Pick<Person, "id" | "fullMemberSince"> | undefined,
  memberships: readonly Membership[],
): CalendarDate | undefined {
  let earliest = person?.fullMemberSince;
  // an indexed loop: called once per secretary of a national dataset, where a for-of loop allocates its iterator
  for (let i = 0; i < memberships.length; i++) {
    const membership = memberships[i]!;
    if (membership.status !== "full" || membership.from === undefined) continue;
    if (person !== undefined && membership.personId !== person.id) continue;
    if (earliest === undefined || membership.from < earliest) earliest = membership.from;
  }
  return earliest;
}
