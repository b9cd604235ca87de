import type { DatasetIndex, PostRole, PostSeat } from "@dangjian/core";
import { perIndex } from "../per-index.js";

// the roles of a village work team (驻村工作队), in the order a team is listed: the first secretary, the team
// leader and the members
const WORK_TEAM_ROLES: readonly PostRole[] = ["first-secretary", "work-team-leader", "work-team-member"];

/**
 * A post of a village work team joined to its holdings, as the index's seats give them.
 *
 * @internal
 */
export type WorkTeamSeat = PostSeat;

/**
 * The work-team seats of the region a team serves, as {@link WorkTeamSeats.regions} lists them.
 *
 * @internal
 */
export interface RegionWorkTeam {
  /** The region's id (`post.regionId`). */
  readonly regionId: string;
  /** Its seats: first secretaries, then team leaders, then members, each in dataset order. */
  readonly seats: readonly WorkTeamSeat[];
}

/**
 * The posts of the village work teams with their holdings, for the rules of the group.
 *
 * @internal
 */
export interface WorkTeamSeats {
  /** The seats by the region they serve; posts without a region are left out. */
  readonly byRegion: ReadonlyMap<string, readonly WorkTeamSeat[]>;
  /** The same groups as a list, in the order of their first seat: for rules that judge every team. */
  readonly regions: readonly RegionWorkTeam[];
  /** The first-secretary posts, with a region or not, in dataset order. */
  readonly firstSecretaries: readonly WorkTeamSeat[];
}

/**
 * The posts of the village work teams (first secretary, team leader, members) with their holdings, by the region
 * they serve (`post.regionId`) and, for the first secretaries, in dataset order: the index's seats of the three
 * roles, grouped the first time a rule asks for an index, then shared by the rules of the group.
 *
 * @param index - the dataset's index
 * @returns the work-team seats
 * @internal
 */
export const workTeamSeats = perIndex((index: DatasetIndex): WorkTeamSeats => {
  const byRegion = new Map<string, WorkTeamSeat[]>();
  const regions: RegionWorkTeam[] = [];
  for (const role of WORK_TEAM_ROLES) {
    const seats = index.seatsOfRole(role);
    for (let i = 0; i < seats.length; i++) {
      const seat = seats[i]!;
      const { regionId } = seat.post;
      if (regionId === undefined) continue;
      const list = byRegion.get(regionId);
      if (list) list.push(seat);
      else {
        const group = [seat];
        byRegion.set(regionId, group);
        regions.push({ regionId, seats: group });
      }
    }
  }
  return { byRegion, regions, firstSecretaries: index.seatsOfRole("first-secretary") };
});
