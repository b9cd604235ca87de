import { cadreRankLabels, coversDay, labelOf, type CadreRank } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

/**
 * PAIR-003: a cadre helps no more households at once than the policy allows for the cadre's rank
 * (`householdsPerCadre`; the capacities by rank are not confirmed for Qinghai and are documented defaults). Counts,
 * for every person helping in a cadre–household pairing running on the day, the distinct households helped that
 * day. When the rank is not recorded the rule can still tell when the count fits every rank's capacity (pass) or
 * exceeds every rank's capacity (breach); otherwise it cannot tell.
 *
 * @category Rules
 */
export const PAIR_003: Rule = {
  id: "PAIR-003",
  group: "pairing",
  severity: "warning",
  title: { "zh-CN": "干部结对帮扶户数不超过其职级的上限", en: "A cadre helps no more households than the rank allows" },
  message: {
    "zh-CN": "{subject}（{rankName}）截至 {asOf} 同时结对帮扶 {households} 户，超过按职级确定的帮扶上限 {capacity} 户",
    en: "{subject} ({rankNameEn}) helps {households} households at once on {asOf}, more than the {capacity} set for the rank",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 未记录干部职级，截至 {asOf} 同时结对帮扶 {households} 户，各职级上限为 {minCapacity} 至 {maxCapacity} 户，无法判断是否超限",
    en: "The rank of {subject} is not recorded; helping {households} households at once on {asOf} may or may not exceed the capacity, which is {minCapacity} to {maxCapacity} depending on rank",
  },
  source: { ...RULE_SOURCES.oneLinkTwoHelps, confidence: "unconfirmed" },
  check({ index, asOf, parameters }) {
    const capacities = parameters.pairing.householdsPerCadre;
    const values = Object.values(capacities);
    const minCapacity = values.length > 0 ? Math.min(...values) : null;
    const maxCapacity = values.length > 0 ? Math.max(...values) : null;
    // distinct households each person helps on the day, built once
    const householdsByPerson = new Map<string, Set<string>>();
    const pairingRecords = index.dataset.pairings;
    for (let i = 0; i < pairingRecords.length; i++) {
      const pairing = pairingRecords[i]!;
      if (pairing.kind !== "cadre-household" || pairing.helper.type !== "person" || !coversDay(pairing, asOf)) continue;
      const set = householdsByPerson.get(pairing.helper.id);
      if (set) set.add(pairing.target.id);
      else householdsByPerson.set(pairing.helper.id, new Set([pairing.target.id]));
    }
    return judgeEach(householdsByPerson, ([personId, households], outcomes) => {
      const rank: CadreRank | undefined = index.people.get(personId)?.cadreRank;
      const known = rank === undefined ? undefined : capacities[rank];
      const count = households.size;
      const evidence = {
        asOf,
        households: count,
        cadreRank: rank ?? null,
        rankName: rank === undefined ? "职级未记录" : labelOf(cadreRankLabels, rank, "zh-CN"),
        rankNameEn: rank === undefined ? "rank not recorded" : labelOf(cadreRankLabels, rank, "en"),
        capacity: known ?? maxCapacity,
        minCapacity,
        maxCapacity,
      };
      const subject = [subjectOf(index, "person", personId)];
      if (known !== undefined) outcomes.push({ verdict: count <= known ? "pass" : "breach", subject, evidence });
      else if (minCapacity === null || maxCapacity === null) outcomes.push({ verdict: "undetermined", subject, evidence });
      else outcomes.push({ verdict: count <= minCapacity ? "pass" : count > maxCapacity ? "breach" : "undetermined", subject, evidence });
    });
  },
};
