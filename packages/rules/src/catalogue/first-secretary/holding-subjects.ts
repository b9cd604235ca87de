import { coversDay, type CalendarDate, type DatasetIndex, type Person, type Post, type PostHolding } from "@dangjian/core";
import type { FindingSubject } from "../../finding/finding.js";
import { subjectOf, subjectOfRecord } from "../../rule/subject-of.js";
import { workTeamSeats } from "./posts-by-region.js";
import { perIndexAndDay } from "../per-index.js";

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

/**
 * A holding of a first-secretary post running on a day, with what the first-secretary rules read of it.
 *
 * @internal
 */
export interface FirstSecretaryHolding {
  /** The post. */
  readonly post: Post;
  /** The holding. */
  readonly holding: PostHolding;
  /** The holder's record, when the dataset has it. */
  readonly person: Person | undefined;
  /** The village (or post) and the person, as {@link holdingSubjects} gives them. */
  readonly subject: readonly FindingSubject[];
}

/**
 * The holdings of first-secretary posts that cover a day, in post order, each with its holder and its subjects: the
 * rules judging them one by one share one lookup of each.
 *
 * @param index - the dataset's index
 * @param day - the day, `YYYY-MM-DD`
 * @returns the holdings
 * @internal
 */
export const firstSecretaryHoldingsOn = perIndexAndDay((index: DatasetIndex, day: CalendarDate): readonly FirstSecretaryHolding[] => {
  const holdings: FirstSecretaryHolding[] = [];
  // the seats the work-team rules read, each post's holdings looked up once between them
  const seats = workTeamSeats(index).firstSecretaries;
  for (let i = 0; i < seats.length; i++) {
    const { post, holdings: held } = seats[i]!;
    let main: FindingSubject | undefined;
    for (let h = 0; h < held.length; h++) {
      const holding = held[h]!;
      if (!coversDay(holding, day)) continue;
      main ??= post.regionId === undefined ? subjectOf(index, "post", post.id) : subjectOf(index, "region", post.regionId);
      const person = index.people.get(holding.personId);
      const subject = [main, person === undefined ? subjectOf(index, "person", holding.personId) : subjectOfRecord("person", person)];
      holdings.push({ post, holding, person, subject });
    }
  }
  return holdings;
});
