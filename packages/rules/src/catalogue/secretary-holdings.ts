import { coversDay, isOrganizationAliveOn, type CalendarDate, type DatasetIndex, type PartyOrganization, type Post, type PostHolding } from "@dangjian/core";
import { perIndexAndDay } from "./per-index.js";

/**
 * A holding, on a day, of a secretary post of an organization that exists that day.
 *
 * @internal
 */
export interface SecretaryHolding {
  /** The organization. */
  readonly organization: PartyOrganization;
  /** Its secretary post. */
  readonly post: Post;
  /** The holding that covers the day. */
  readonly holding: PostHolding;
}

/**
 * Who held the secretary seats of the organizations existing on a day, in the order of the posts: the secretary's
 * standing (ORG-012) and the cooperative chaired by the village secretary (COV-002) read them once between them.
 *
 * @param index - the dataset's index
 * @param day - the day, `YYYY-MM-DD`
 * @returns the holdings
 * @internal
 */
export const secretaryHoldingsOn = perIndexAndDay((index: DatasetIndex, day: CalendarDate): readonly SecretaryHolding[] => {
  const holdings: SecretaryHolding[] = [];
  // from the secretary seats, each post already joined to its organization and holdings; indexed loops: this runs
  // once per day, over hundreds of thousands of posts
  const seats = index.seatsOfRole("secretary");
  for (let i = 0; i < seats.length; i++) {
    const { organization, post, holdings: held } = seats[i]!;
    if (organization === undefined || !isOrganizationAliveOn(organization, day)) continue;
    for (let h = 0; h < held.length; h++) if (coversDay(held[h]!, day)) holdings.push({ organization, post, holding: held[h]! });
  }
  return holdings;
});
