import {
  isOrganizationAliveOn,
  organizationParentIdAsOf,
  type CalendarDate,
  type DatasetIndex,
  type Membership,
  type PartyOrganization,
} from "@dangjian/core";
import { countMemberships, type MemberCount } from "./count-members-as-of.js";
import { perIndexAndDay } from "../per-index.js";

/**
 * Whether an organization is a village general branch or a village Party committee: the organizations whose size
 * counts the members of their branches.
 *
 * @param organization - the organization
 * @returns true for a general branch or primary committee of the village sector
 * @internal
 */
export function isVillageCommitteeOrGeneralBranch(organization: PartyOrganization): boolean {
  return organization.sector === "village" && (organization.kind === "general-branch" || organization.kind === "primary-committee");
}

const NONE: readonly PartyOrganization[] = [];

/**
 * Gathers, for each village Party committee and village general branch, the memberships of the organizations in its
 * subtree on a day (itself included), as `countSubtreeMembersAsOf` walks it, but from below: each organization that
 * has members climbs its chain of parents of that day once, and chains share what they climbed. Nothing is grouped
 * by parent, so millions of organizations without members cost nothing.
 *
 * @param index - the dataset's index
 * @param day - the day, `YYYY-MM-DD`
 * @returns the membership groups under each such organization that has any
 * @internal
 */
const villageSubtrees = perIndexAndDay((index: DatasetIndex, day: CalendarDate): ReadonlyMap<string, readonly (readonly Membership[])[]> => {
  const { organizations } = index;
  // for each parent id reached, the committees and general branches on its chain that day, itself included,
  // nearest first; none when it does not exist that day
  const above = new Map<string, readonly PartyOrganization[]>();
  const topsAbove = (organization: PartyOrganization): readonly PartyOrganization[] => {
    const chain: string[] = [];
    // the record of each id of the chain when it exists that day
    const records: (PartyOrganization | undefined)[] = [];
    let tops = NONE;
    // a hand-built cycle stops after as many steps as there are organizations
    for (let parentId = organizationParentIdAsOf(organization, day); parentId !== undefined && chain.length <= organizations.size; ) {
      const known = above.get(parentId);
      if (known !== undefined) {
        tops = known;
        break;
      }
      const found = organizations.get(parentId);
      const parent = found !== undefined && isOrganizationAliveOn(found, day) ? found : undefined;
      chain.push(parentId);
      records.push(parent);
      parentId = parent === undefined ? undefined : organizationParentIdAsOf(parent, day);
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const parent = records[i];
      if (parent === undefined) tops = NONE;
      else if (isVillageCommitteeOrGeneralBranch(parent)) tops = [parent, ...tops];
      above.set(chain[i]!, tops);
    }
    return tops;
  };
  const groups = new Map<string, (readonly Membership[])[]>();
  const add = (top: PartyOrganization, memberships: readonly Membership[]): void => {
    const list = groups.get(top.id);
    if (list) list.push(memberships);
    else groups.set(top.id, [memberships]);
  };
  const withMemberships = index.organizationsWithMemberships();
  for (let i = 0; i < withMemberships.length; i++) {
    const { organization, memberships } = withMemberships[i]!;
    if (!isOrganizationAliveOn(organization, day)) continue;
    if (isVillageCommitteeOrGeneralBranch(organization)) add(organization, memberships);
    for (const top of topsAbove(organization)) add(top, memberships);
  }
  return groups;
});

/**
 * Counts the members of a village Party committee or village general branch and of every organization under it on
 * a day, each person once, as `countSubtreeMembersAsOf` does; the subtrees of all such organizations are gathered
 * once per day.
 *
 * @param index - the dataset's index
 * @param organization - a village committee or general branch alive on the day
 * @param day - the day, `YYYY-MM-DD`
 * @returns the counts; `recorded` false when no organization of the subtree has a membership record
 * @internal
 */
export function countVillageSubtreeMembers(index: DatasetIndex, organization: PartyOrganization, day: CalendarDate): MemberCount {
  const groups = villageSubtrees(index, day).get(organization.id);
  if (groups === undefined) return countMemberships([], day);
  return countMemberships(groups.length === 1 ? groups[0]! : groups.flat(), day);
}
