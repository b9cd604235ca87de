import type { DatasetIndex, Post, PostRole } from "@dangjian/core";

// the roles of a village work team (驻村工作队): the first secretary, the team leader and the members
const WORK_TEAM_ROLES: ReadonlySet<PostRole> = new Set<PostRole>(["first-secretary", "work-team-leader", "work-team-member"]);

// one grouping per index, shared by the rules of the group (the index is immutable)
const cache = new WeakMap<DatasetIndex, ReadonlyMap<string, readonly Post[]>>();

/**
 * The posts of the village work teams (first secretary, team leader, members) grouped by the region they serve
 * (`post.regionId`), in dataset order; posts without a region are left out. Built in one pass over the posts the
 * first time a rule asks for an index, then shared by the rules of the group.
 *
 * @param index - the dataset's index
 * @returns the work-team posts by region id
 * @internal
 */
export function workTeamPostsByRegion(index: DatasetIndex): ReadonlyMap<string, readonly Post[]> {
  const cached = cache.get(index);
  if (cached !== undefined) return cached;
  const byRegion = new Map<string, Post[]>();
  const posts = index.dataset.posts;
  for (let i = 0; i < posts.length; i++) {
    const post = posts[i]!;
    if (post.regionId === undefined || !WORK_TEAM_ROLES.has(post.role)) continue;
    const list = byRegion.get(post.regionId);
    if (list) list.push(post);
    else byRegion.set(post.regionId, [post]);
  }
  cache.set(index, byRegion);
  return byRegion;
}
