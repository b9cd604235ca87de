import type { PostHolding } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { daysBetween } from "../../../day/day-arithmetic.js";
import { workTeamSeats } from "../posts-by-region.js";

const OPEN_END = "9999-12-31";
const compareDays = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * FS-007: when first secretaries rotate, a village is left without one for no longer than the policy's longest
 * gap (30 days by default: an unconfirmed, documented default; the 2021 rotation allowed about a week's handover).
 * It orders the holdings of the village's first-secretary posts by start and judges each succession whose gap
 * began on or before the day: the days between the latest end so far and the next start (0 when they overlap).
 * The gap still open after the last holding is not judged here (FS-001 finds target villages without a first
 * secretary). When the earlier holding records no end, or a holding in the village records no start, a long gap
 * cannot be told.
 *
 * @category Rules
 */
export const FS_007: Rule = {
  id: "FS-007",
  group: "first-secretary",
  severity: "warning",
  title: { "zh-CN": "驻村第一书记轮换应有序衔接", en: "First secretaries rotate without a long vacancy" },
  message: {
    "zh-CN": "{subject} 驻村第一书记 {previousFirstSecretary} 于 {previousTo} 离任，继任者 {nextFirstSecretary} 于 {nextFrom} 到任，空缺 {gapDays} 天，超过 {maxRotationGapDays} 天",
    en: "{subject} had no first secretary for {gapDays} days between {previousFirstSecretary} leaving on {previousTo} and {nextFirstSecretary} arriving on {nextFrom}, longer than {maxRotationGapDays} days",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 驻村第一书记的任职起止日期记录不全，无法判断 {nextFirstSecretary} 于 {nextFrom} 到任前的空缺是否超过 {maxRotationGapDays} 天",
    en: "The dates of the first secretaries of {subject} are incomplete: it cannot be told whether the vacancy before {nextFirstSecretary} arrived on {nextFrom} exceeded {maxRotationGapDays} days",
  },
  source: RULE_SOURCES.firstSecretaryOpinion2021,
  check({ index, asOf, parameters }) {
    const { maxRotationGapDays } = parameters.firstSecretary;
    const nameOf = (holding: PostHolding) => index.people.get(holding.personId)?.name ?? holding.personId;
    const namesOf = (previous: PostHolding, next: PostHolding) => ({ previousFirstSecretary: nameOf(previous), nextFirstSecretary: nameOf(next) });
    return judgeEach(workTeamSeats(index).regions, ({ regionId: villageId, seats }, outcomes) => {
      // most villages have had one first secretary: count before gathering
      let count = 0;
      for (const { post, holdings } of seats) if (post.role === "first-secretary") count += holdings.length;
      if (count < 2) return;
      const holdings = seats.flatMap(({ post, holdings: held }) => (post.role === "first-secretary" ? held : []));
      const startUnknown = holdings.some((holding) => holding.from === undefined);
      const dated = holdings
        .filter((holding): holding is PostHolding & { from: string } => holding.from !== undefined)
        .sort((a, b) => compareDays(a.from, b.from) || compareDays(a.to ?? OPEN_END, b.to ?? OPEN_END));
      let previous = dated[0];
      if (previous === undefined) return;
      const subject = [subjectOf(index, "region", villageId)];
      for (const next of dated.slice(1)) {
        const succession = { previousHoldingId: previous.id, nextHoldingId: next.id, previousTo: previous.to ?? null, nextFrom: next.from, maxRotationGapDays };
        if (previous.to === undefined) {
          // the earlier holding records no end although a successor came: its end is unknown
          if (next.from <= asOf) outcomes.push({ verdict: "undetermined", subject, evidence: { ...succession, ...namesOf(previous, next) } });
          previous = next;
          continue;
        }
        if (previous.to < asOf) {
          const gapDays = Math.max(0, daysBetween(previous.to, next.from) - 1);
          if (gapDays <= maxRotationGapDays) outcomes.push({ verdict: "pass", subject, evidence: { ...succession, gapDays } });
          else outcomes.push({ verdict: startUnknown ? "undetermined" : "breach", subject, evidence: { ...succession, gapDays, ...namesOf(previous, next) } });
        }
        if (next.to === undefined || next.to > previous.to) previous = next;
      }
    });
  },
};
