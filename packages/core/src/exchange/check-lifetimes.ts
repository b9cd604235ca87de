import type { RecordOf } from "./dataset.js";
import type { DraftRecord } from "./draft.js";
import { raise, type IntegrityState } from "./integrity-state.js";

/**
 * Whether a span of days leaves a life of days, both ends inclusive. A missing start of the span is unknown and
 * never contradicts; a missing end of the span means it still runs, so it leaves a life that has ended.
 *
 * @param from - the span's first day, if known
 * @param to - the span's last day, or undefined while it runs
 * @param lifeFrom - the first day of the life, if known
 * @param lifeTo - the last day of the life, or undefined while it lasts
 * @returns true when the span is not within the life
 * @internal
 */
export function spanLeavesLife(
  from: string | undefined,
  to: string | undefined,
  lifeFrom: string | undefined,
  lifeTo: string | undefined,
): boolean {
  if (lifeFrom !== undefined && ((from !== undefined && from < lifeFrom) || (to !== undefined && to < lifeFrom))) return true;
  if (lifeTo !== undefined && (to === undefined || to > lifeTo || (from !== undefined && from > lifeTo))) return true;
  return false;
}

// the end of the span that breaks the life, so the issue points at the field to fix
function offendingEnd(from: string | undefined, to: string | undefined, lifeTo: string | undefined): "from" | "to" {
  if (lifeTo !== undefined && (to === undefined || to > lifeTo)) return "to";
  return from !== undefined ? "from" : "to";
}

function spanText(from: string | undefined, to: string | undefined): { zh: string; en: string } {
  return {
    zh: `${from ?? "？"} 至${to === undefined ? "今" : " " + to}`,
    en: `${from ?? "?"} to ${to ?? "now"}`,
  };
}

/**
 * Checks that a membership lies within its organization's life (`establishedOn`..`dissolvedOn`, both
 * inclusive): a membership still running in a dissolved organization, or one that starts before the
 * organization was established, is a `membership.organization_not_alive` error. Skipped when the organization
 * is left out (the reference check reports that).
 *
 * @param state - the integrity state, organizations final
 * @param entry - the membership
 * @param target - the organization it refers to
 * @internal
 */
export function checkMembershipLifetime(
  state: IntegrityState,
  entry: DraftRecord<"memberships">,
  target: DraftRecord<"organizations">,
): void {
  if (state.leftOut.has(target.record)) return;
  const membership = entry.record;
  const organization = target.record;
  const { establishedOn, dissolvedOn } = organization;
  if (establishedOn === undefined && dissolvedOn === undefined) return;
  if (!spanLeavesLife(membership.from, membership.to, establishedOn, dissolvedOn)) return;
  const span = spanText(membership.from, membership.to);
  const life = spanText(establishedOn, dissolvedOn);
  raise(state, "membership.organization_not_alive", "memberships", entry, [offendingEnd(membership.from, membership.to, dissolvedOn)], {
    organizationId: membership.organizationId,
    from: membership.from,
    to: membership.to,
    establishedOn,
    dissolvedOn,
    span: span.zh,
    spanEn: span.en,
    life: life.zh,
    lifeEn: life.en,
  });
}

/**
 * Checks that a post holding lies within its post's life (`from`..`to`, both inclusive); a holding still
 * running on a post that has ended is outside it. Skipped when the post is left out.
 *
 * @param state - the integrity state, posts final
 * @param entry - the post holding
 * @param target - the post it refers to
 * @internal
 */
export function checkHoldingLifetime(
  state: IntegrityState,
  entry: DraftRecord<"postHoldings">,
  target: DraftRecord<"posts">,
): void {
  if (state.leftOut.has(target.record)) return;
  const holding = entry.record;
  const post: RecordOf<"posts"> = target.record;
  if (post.from === undefined && post.to === undefined) return;
  if (!spanLeavesLife(holding.from, holding.to, post.from, post.to)) return;
  const span = spanText(holding.from, holding.to);
  const life = spanText(post.from, post.to);
  raise(state, "post_holding.outside_post", "postHoldings", entry, [offendingEnd(holding.from, holding.to, post.to)], {
    postId: holding.postId,
    from: holding.from,
    to: holding.to,
    postFrom: post.from,
    postTo: post.to,
    span: span.zh,
    spanEn: span.en,
    life: life.zh,
    lifeEn: life.en,
  });
}
