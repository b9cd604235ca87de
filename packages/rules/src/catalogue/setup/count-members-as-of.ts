import { coversDay, type CalendarDate, type DatasetIndex, type Membership } from "@dangjian/core";

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
  /** Whether the dataset holds any membership record for it at all, whatever the dates: without one, zero means "not recorded". */
  readonly recorded: boolean;
}

// up to this many memberships, repeated people are found by looking back rather than with Sets
const SMALL_GROUP = 16;

/**
 * Counts the people whose memberships (of one organization, or of several) cover a day, each once; a person with a
 * full membership that day counts as full. Small groups, the usual branch, are counted without allocating.
 *
 * @param memberships - the memberships
 * @param day - the day, `YYYY-MM-DD`
 * @returns the counts
 * @internal
 */
export function countMemberships(memberships: readonly Membership[], day: CalendarDate): MemberCount {
  const recorded = memberships.length > 0;
  if (memberships.length > SMALL_GROUP) {
    const full = new Set<string>();
    const all = new Set<string>();
    for (const membership of memberships) {
      if (!coversDay(membership, day)) continue;
      all.add(membership.personId);
      if (membership.status === "full") full.add(membership.personId);
    }
    return { full: full.size, probationary: all.size - full.size, all: all.size, recorded };
  }
  let full = 0;
  let all = 0;
  for (let i = 0; i < memberships.length; i++) {
    const membership = memberships[i]!;
    if (!coversDay(membership, day)) continue;
    const { personId } = membership;
    const isFull = membership.status === "full";
    // a person is counted at their first running membership, and as full at their first running full one
    let seen = false;
    let seenFull = false;
    for (let j = 0; j < i; j++) {
      const earlier = memberships[j]!;
      if (earlier.personId !== personId || !coversDay(earlier, day)) continue;
      seen = true;
      if (earlier.status === "full") seenFull = true;
    }
    if (!seen) all += 1;
    if (isFull && !seenFull) full += 1;
  }
  return { full, probationary: all - full, all, recorded };
}

/**
 * Counts the people whose membership in an organization covers a day, each once; a person with a full membership
 * that day counts as full. Reads the index's membership group in place.
 *
 * @param index - the dataset's index
 * @param organizationId - the organization
 * @param day - the day, `YYYY-MM-DD`
 * @returns the counts
 * @internal
 */
export function countMembersAsOf(index: DatasetIndex, organizationId: string, day: CalendarDate): MemberCount {
  return countMemberships(index.membershipsOf(organizationId), day);
}
