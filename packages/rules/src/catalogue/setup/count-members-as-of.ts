import { coversDay, type CalendarDate, type DatasetIndex } from "@dangjian/core";

/**
 * The members of an organization on a day, each person once.
 *
 * @internal
 */
export interface MemberCount {
  /** People who are full members that day. */
  readonly full: number;
  /** People who are probationary members that day and not also full members. */
  readonly probationary: number;
  /** Everyone, full and probationary. */
  readonly all: number;
}

/**
 * Counts the people whose membership in an organization covers a day, each once; a person with a full membership
 * that day counts as full. Reads the index's membership group in place, allocating only for deduplication.
 *
 * @param index - the dataset's index
 * @param organizationId - the organization
 * @param day - the day, `YYYY-MM-DD`
 * @returns the counts
 * @internal
 */
export function countMembersAsOf(index: DatasetIndex, organizationId: string, day: CalendarDate): MemberCount {
  const full = new Set<string>();
  const all = new Set<string>();
  for (const membership of index.membershipsOf(organizationId)) {
    if (!coversDay(membership, day)) continue;
    all.add(membership.personId);
    if (membership.status === "full") full.add(membership.personId);
  }
  return { full: full.size, probationary: all.size - full.size, all: all.size };
}
