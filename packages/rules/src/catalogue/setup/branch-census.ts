import { isOrganizationAliveOn, type CalendarDate, type DatasetIndex, type PartyOrganization } from "@dangjian/core";
import { BRANCH_KINDS } from "./branch-kinds.js";
import { countMemberships, type MemberCount } from "./count-members-as-of.js";
import { perIndexAndDay } from "../per-index.js";

/**
 * A branch or joint branch alive on the day, with its members that day.
 *
 * @internal
 */
export interface CountedBranch {
  /** The organization. */
  readonly organization: PartyOrganization;
  /** Its members that day. */
  readonly members: MemberCount;
}

/**
 * The branches and joint branches alive on a day, as the size and committee rules read them, gathered once per
 * index and day for all of those rules.
 *
 * @internal
 */
export interface BranchCensus {
  /** The day. */
  readonly day: CalendarDate;
  /** The branches and joint branches with at least one membership record (any dates), in order of their first one. */
  readonly counted: readonly CountedBranch[];
  /** How many of those alive that day have no membership record at all, by kind: their size is not known. */
  readonly unrecorded: Readonly<Record<"branch" | "joint-branch", number>>;
  /** Those alive that day with a committee on record (`hasCommittee` true or a committee-member seat), in dataset order by kind. */
  readonly withCommittee: readonly PartyOrganization[];
  /**
   * Whether an organization has a deputy-secretary or committee-member seat on record, whatever its dates: one
   * without either has neither deputies nor committee members on any day, and its seats need not be read.
   *
   * @param organizationId - the organization's id
   * @returns false when it has no such seat
   */
  readonly hasDeputyOrCommitteeSeat: (organizationId: string) => boolean;
}

/**
 * Takes the census of the branches alive on a day. Millions of branches cost one pass over each kind's list, one
 * over the deputy and committee seats and one over the organizations that have members; none is looked up by id.
 *
 * @param index - the dataset's index
 * @param day - the day, `YYYY-MM-DD`
 * @returns the census
 * @internal
 */
export const branchCensus = perIndexAndDay((index: DatasetIndex, day: CalendarDate): BranchCensus => {
  // organizations with committee-member seats, and with those or deputy seats, from the posts: most branches have
  // neither, and then need no lookup
  const committeeSeats = new Set<string>();
  const deputyOrCommitteeSeats = new Set<string>();
  for (const post of index.postsOfRole("committee-member")) {
    if (post.organizationId === undefined) continue;
    deputyOrCommitteeSeats.add(post.organizationId);
    committeeSeats.add(post.organizationId);
  }
  for (const post of index.postsOfRole("deputy-secretary")) if (post.organizationId !== undefined) deputyOrCommitteeSeats.add(post.organizationId);
  const alive = { branch: 0, "joint-branch": 0 };
  const withCommittee: PartyOrganization[] = [];
  for (const kind of ["branch", "joint-branch"] as const) {
    const branches = index.organizationsOfKind(kind);
    for (let i = 0; i < branches.length; i++) {
      const organization = branches[i]!;
      if (!isOrganizationAliveOn(organization, day)) continue;
      alive[kind] += 1;
      if (organization.hasCommittee === true || (committeeSeats.size > 0 && committeeSeats.has(organization.id))) withCommittee.push(organization);
    }
  }
  const counted: CountedBranch[] = [];
  const recorded = { branch: 0, "joint-branch": 0 };
  const withMemberships = index.organizationsWithMemberships();
  for (let i = 0; i < withMemberships.length; i++) {
    const { organization, memberships } = withMemberships[i]!;
    if (!BRANCH_KINDS.has(organization.kind) || !isOrganizationAliveOn(organization, day)) continue;
    recorded[organization.kind as "branch" | "joint-branch"] += 1;
    counted.push({ organization, members: countMemberships(memberships, day) });
  }
  const census: BranchCensus = {
    day,
    counted,
    unrecorded: { branch: alive.branch - recorded.branch, "joint-branch": alive["joint-branch"] - recorded["joint-branch"] },
    withCommittee,
    hasDeputyOrCommitteeSeat: (organizationId) => deputyOrCommitteeSeats.size > 0 && deputyOrCommitteeSeats.has(organizationId),
  };
  return census;
});
