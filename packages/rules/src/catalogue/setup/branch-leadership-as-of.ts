import { coversDay, type CalendarDate, type DatasetIndex, type PartyOrganization } from "@dangjian/core";

/**
 * Who led a branch on a day, from its posts: each count is of distinct people holding the seats that day.
 *
 * @internal
 */
export interface BranchLeadership {
  /** Seats of secretary, deputy secretary or committee member recorded for the day, vacant or held. */
  readonly seats: number;
  /** People holding a deputy-secretary seat. */
  readonly deputies: number;
  /** People holding a committee-member seat. */
  readonly committeeMembers: number;
  /** People holding any seat of secretary, deputy secretary or committee member: the committee's size. */
  readonly committeeSize: number;
  /** Whether it has a committee: `hasCommittee` is true or a committee-member seat is held. */
  readonly hasCommittee: boolean;
}

// distinct people in a short list (a branch has a handful of seats), without a Set per branch
function pushOnce(list: string[], personId: string): void {
  if (!list.includes(personId)) list.push(personId);
}

/**
 * Reads a branch's leadership on a day from its posts and holdings, in place in the index's groups: a branch
 * without posts costs one lookup.
 *
 * @param index - the dataset's index
 * @param organization - the branch
 * @param day - the day, `YYYY-MM-DD`
 * @returns the seats and holders of that day
 * @internal
 */
export function branchLeadershipAsOf(index: DatasetIndex, organization: PartyOrganization, day: CalendarDate): BranchLeadership {
  let seats = 0;
  const deputies: string[] = [];
  const committeeMembers: string[] = [];
  const everyone: string[] = [];
  for (const post of index.postsOf(organization.id)) {
    const { role } = post;
    if ((role !== "secretary" && role !== "deputy-secretary" && role !== "committee-member") || !coversDay(post, day)) continue;
    seats += 1;
    for (const holding of index.holdingsOf(post.id)) {
      if (!coversDay(holding, day)) continue;
      pushOnce(everyone, holding.personId);
      if (role === "deputy-secretary") pushOnce(deputies, holding.personId);
      else if (role === "committee-member") pushOnce(committeeMembers, holding.personId);
    }
  }
  return {
    seats,
    deputies: deputies.length,
    committeeMembers: committeeMembers.length,
    committeeSize: everyone.length,
    hasCommittee: organization.hasCommittee === true || committeeMembers.length > 0,
  };
}
