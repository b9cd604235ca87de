import type { DatasetIndex, Post, PostHolding } from "@dangjian/core";
import type { FindingSubject } from "../../finding/finding.js";
import { subjectOf } from "../../rule/subject-of.js";

/**
 * The subjects of a finding about one holding of a first-secretary post: the village the post serves (the post
 * itself when it names no region), then the holder.
 *
 * @param index - the dataset's index
 * @param post - the post held
 * @param holding - the holding
 * @returns the village (or post) and the person
 * @internal
 */
export function holdingSubjects(index: DatasetIndex, post: Post, holding: PostHolding): FindingSubject[] {
  const main = post.regionId === undefined ? subjectOf(index, "post", post.id) : subjectOf(index, "region", post.regionId);
  return [main, subjectOf(index, "person", holding.personId)];
}
