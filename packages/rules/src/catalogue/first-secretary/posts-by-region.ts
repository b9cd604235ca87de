import type { DatasetIndex, Post, PostHolding, PostRole } from "@dangjian/core";

// the roles of a village work team (驻村工作队): the first secretary, the team leader and the members
const WORK_TEAM_ROLES: ReadonlySet<PostRole> = new Set<PostRole>(["first-secretary", "work-team-leader", "work-team-member"]);

/**
 * A post of a village work team with its holdings, looked up once for the rules of the group.
 *
 * @internal
 */
export interface WorkTeamSeat {
  /** The post. */
  readonly post: Post;
  /** Every holding of the post, as `index.holdingsOf` lists them. */
  readonly holdings: readonly PostHolding[];
}

/**
 * The work-team seats of the region a team serves, as {@link WorkTeamSeats.regions} lists them.
 *
 * @internal
 */
export interface RegionWorkTeam {
  /** The region's id (`post.regionId`). */
  readonly regionId: string;
  /** Its seats, in dataset order. */
  readonly seats: readonly WorkTeamSeat[];
}

/**
 * The posts of the village work teams with their holdings, each post's holdings looked up once for the rules of the
 * group.
 *
 * @internal
 */
export interface WorkTeamSeats {
  /** The seats by the region they serve; posts without a region are left out. */
  readonly byRegion: ReadonlyMap<string, readonly WorkTeamSeat[]>;
  /** The same groups as a list, in the order of their first post: for rules that judge every team. */
  readonly regions: readonly RegionWorkTeam[];
  /** The first-secretary posts, with a region or not, in dataset order. */
  readonly firstSecretaries: readonly WorkTeamSeat[];
}

// one grouping per index, shared by the rules of the group (the index is immutable)
const cache = new WeakMap<DatasetIndex, WorkTeamSeats>();

/**
 * The posts of the village work teams (first secretary, team leader, members) with their holdings, by the region
 * they serve (`post.regionId`) and, for the first secretaries, in dataset order. Built in one pass over the posts
 * the first time a rule asks for an index, then shared by the rules of the group, which so look each post's holdings
 * up once between them.
 *
 * @param index - the dataset's index
 * @returns the work-team seats
 * @internal
 */
export function workTeamSeats(index: DatasetIndex): WorkTeamSeats {
  const cached = cache.get(index);
  if (cached !== undefined) return cached;
  const byRegion = new Map<string, WorkTeamSeat[]>();
  const regions: RegionWorkTeam[] = [];
  const firstSecretaries: WorkTeamSeat[] = [];
  const posts = index.dataset.posts;
  for (let i = 0; i < posts.length; i++) {
    const post = posts[i]!;
    if (!WORK_TEAM_ROLES.has(post.role)) continue;
    const seat: WorkTeamSeat = { post, holdings: index.holdingsOf(post.id) };
    if (post.role === "first-secretary") firstSecretaries.push(seat);
    if (post.regionId === undefined) continue;
    const list = byRegion.get(post.regionId);
    if (list) list.push(seat);
    else {
      const seats = [seat];
      byRegion.set(post.regionId, seats);
      regions.push({ regionId: post.regionId, seats });
    }
  }
  const seats = { byRegion, regions, firstSecretaries };
  cache.set(index, seats);
  return seats;
}
