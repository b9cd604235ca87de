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

// one grouping per index, shared by the rules of the group (the index is immutable)
const cache = new WeakMap<DatasetIndex, ReadonlyMap<string, readonly WorkTeamSeat[]>>();

/**
 * The posts of the village work teams (first secretary, team leader, members) with their holdings, grouped by the
 * region they serve (`post.regionId`), in dataset order; posts without a region are left out. Built in one pass
 * over the posts the first time a rule asks for an index, then shared by the rules of the group, which so look
 * each post's holdings up once between them.
 *
 * @param index - the dataset's index
 * @returns the work-team seats by region id
 * @internal
 */
export function workTeamSeatsByRegion(index: DatasetIndex): ReadonlyMap<string, readonly WorkTeamSeat[]> {
  const cached = cache.get(index);
  if (cached !== undefined) return cached;
  const byRegion = new Map<string, WorkTeamSeat[]>();
  const posts = index.dataset.posts;
  for (let i = 0; i < posts.length; i++) {
    const post = posts[i]!;
    if (post.regionId === undefined || !WORK_TEAM_ROLES.has(post.role)) continue;
    const seat: WorkTeamSeat = { post, holdings: index.holdingsOf(post.id) };
    const list = byRegion.get(post.regionId);
    if (list) list.push(seat);
    else byRegion.set(post.regionId, [seat]);
  }
  cache.set(index, byRegion);
  return byRegion;
}
