import { coversDay, type CalendarDate, type DatasetIndex } from "@dangjian/core";
import type { MemberCount } from "./count-members-as-of.js";

/**
 * Counts the members of an organization and of every organization under it on a day (a village Party committee or
 * general branch keeps its members in its branches), each person once; a person who is a full member anywhere in
 * the subtree counts as full. The subtree is the organization tree as of that day; the cost is what it holds.
 * `recorded` tells whether any organization of the subtree has a membership record at all.
 *
 * @param index - the dataset's index
 * @param organizationId - the organization at the top of the subtree
 * @param day - the day, `YYYY-MM-DD`
 * @returns the counts
 * @internal
 */
export function countSubtreeMembersAsOf(index: DatasetIndex, organizationId: string, day: CalendarDate): MemberCount {
  const full = new Set<string>();
  const all = new Set<string>();
  const seen = new Set<string>();
  let recorded = false;
  const stack = [organizationId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const memberships = index.membershipsOf(id);
    if (memberships.length > 0) recorded = true;
    for (const membership of memberships) {
      if (!coversDay(membership, day)) continue;
      all.add(membership.personId);
      if (membership.status === "full") full.add(membership.personId);
    }
    for (const child of index.childrenAsOf(id, day)) stack.push(child.id);
  }
  return { full: full.size, probationary: all.size - full.size, all: all.size, recorded };
}
