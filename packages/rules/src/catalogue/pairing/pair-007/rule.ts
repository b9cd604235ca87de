import { coversDay, type Pairing, type PairingParty } from "@dangjian/core";
import type { Rule, RuleOutcome } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { joinLabels } from "../join-labels.js";

const SIDES = {
  helper: { "zh-CN": "帮扶方", en: "helper" },
  target: { "zh-CN": "结对对象", en: "paired branch" },
} as const;

/**
 * PAIR-007: organ branches and village (community) branches pair one to one (1对1 结对共建). Among branch–village
 * pairings running on the day, a helper with more than one target, or a target with more than one helper, breaks
 * the rule unless every pairing involved records an `exceptionReason` (an accepted exception, such as two
 * branches for a large village). Every helper and every target of such a pairing is judged.
 *
 * @category Rules
 */
export const PAIR_007: Rule = {
  id: "PAIR-007",
  group: "pairing",
  severity: "warning",
  title: { "zh-CN": "机关党支部与村（社区）党组织应1对1结对共建", en: "Branch pairings are one to one" },
  message: {
    "zh-CN": "{subject} 作为{sideName}，截至 {asOf} 同时与 {counterparts} 个党组织（{counterpartNames}）开展1对1结对共建，其中结对 {unexcusedPairings} 未载明例外理由",
    en: "{subject}, as {sideNameEn}, is in one-to-one branch pairings with {counterparts} organizations on {asOf} ({counterpartNamesEn}); pairings {unexcusedPairings} record no exception reason",
  },
  source: RULE_SOURCES.oneLinkTwoHelps,
  check({ index, asOf }) {
    // active branch–village pairings by helper and by target, built once
    const byHelper = new Map<string, Pairing[]>();
    const byTarget = new Map<string, Pairing[]>();
    const pairingRecords = index.dataset.pairings;
    for (let i = 0; i < pairingRecords.length; i++) {
      const pairing = pairingRecords[i]!;
      if (pairing.kind !== "branch-village" || !coversDay(pairing, asOf)) continue;
      push(byHelper, key(pairing.helper), pairing);
      push(byTarget, key(pairing.target), pairing);
    }
    const judge = (side: "helper" | "target", pairings: readonly Pairing[]): RuleOutcome => {
      const other = side === "helper" ? "target" : "helper";
      const self = pairings[0]![side];
      const counterparts = new Map<string, PairingParty>();
      for (const pairing of pairings) counterparts.set(key(pairing[other]), pairing[other]);
      const unexcused = pairings.filter((pairing) => pairing.exceptionReason === undefined).map((pairing) => pairing.id);
      const subject = [subjectOf(index, self.type, self.id)];
      const evidence = {
        asOf,
        side,
        counterparts: counterparts.size,
        counterpartIds: [...counterparts.values()].map((party) => party.id),
        pairings: pairings.map((pairing) => pairing.id),
        unexcusedPairings: unexcused,
      };
      if (counterparts.size <= 1 || unexcused.length === 0) return { verdict: "pass", subject, evidence };
      const names = [...counterparts.values()].map((party) => subjectOf(index, party.type, party.id).name);
      const namesEn = [...counterparts.values()].map((party, i) => (party.type === "organization" ? index.organizations.get(party.id)?.nameEn : undefined) ?? names[i]!);
      return {
        verdict: "breach",
        subject,
        evidence: {
          ...evidence,
          sideName: SIDES[side]["zh-CN"],
          sideNameEn: SIDES[side].en,
          counterpartNames: joinLabels(names, "zh-CN"),
          counterpartNamesEn: joinLabels(namesEn, "en"),
        },
      };
    };
    const sides: ["helper" | "target", readonly Pairing[]][] = [];
    for (const pairings of byHelper.values()) sides.push(["helper", pairings]);
    for (const pairings of byTarget.values()) sides.push(["target", pairings]);
    return judgeEach(sides, ([side, pairings], outcomes) => {
      outcomes.push(judge(side, pairings));
    });
  },
};

function key(party: PairingParty): string {
  return `${party.type}:${party.id}`;
}

function push(map: Map<string, Pairing[]>, id: string, pairing: Pairing): void {
  const list = map.get(id);
  if (list) list.push(pairing);
  else map.set(id, [pairing]);
}
