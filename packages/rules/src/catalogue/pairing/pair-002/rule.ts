import { coversDay, householdStatusLabels, labelOf, nameOf } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf, subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

/**
 * PAIR-002: every household that needs help (a status among the policy's `householdStatusesNeedingHelp`:
 * registered poor and monitored by default) has a cadre paired with it (结对认亲): a cadre–household pairing
 * running on the day that targets the household.
 *
 * @category Rules
 */
export const PAIR_002: Rule = {
  id: "PAIR-002",
  group: "pairing",
  severity: "error",
  title: { "zh-CN": "需帮扶的家庭户应有党员干部结对认亲", en: "Every household that needs help is paired with a cadre" },
  message: {
    "zh-CN": "{subject}（{village}，{statusName}）需要帮扶，但截至 {asOf} 没有党员干部与其结对认亲",
    en: "{subject} ({villageEn}, {statusNameEn}) needs help but no cadre is paired with it on {asOf}",
  },
  source: RULE_SOURCES.oneLinkTwoHelps,
  check({ index, asOf, parameters }) {
    const statuses = new Set(parameters.pairing.householdStatusesNeedingHelp);
    if (statuses.size === 0) return [];
    // active cadre–household pairings by household, built once
    const pairingsByHousehold = new Map<string, string[]>();
    const pairingRecords = index.dataset.pairings;
    for (let i = 0; i < pairingRecords.length; i++) {
      const pairing = pairingRecords[i]!;
      if (pairing.kind !== "cadre-household" || pairing.target.type !== "household" || !coversDay(pairing, asOf)) continue;
      const list = pairingsByHousehold.get(pairing.target.id);
      if (list) list.push(pairing.id);
      else pairingsByHousehold.set(pairing.target.id, [pairing.id]);
    }
    return judgeEach(index.dataset.households, (household, outcomes) => {
      if (!statuses.has(household.status)) return;
      const pairings = pairingsByHousehold.get(household.id) ?? [];
      const subject = [subjectOfRecord("household", household), subjectOf(index, "region", household.villageId)];
      if (pairings.length > 0) {
        outcomes.push({ verdict: "pass", subject, evidence: { asOf, status: household.status, pairings } });
        return;
      }
      const village = index.regions.get(household.villageId);
      outcomes.push({
        verdict: "breach",
        subject,
        evidence: {
          asOf,
          status: household.status,
          pairings,
          statusName: labelOf(householdStatusLabels, household.status, "zh-CN"),
          statusNameEn: labelOf(householdStatusLabels, household.status, "en"),
          village: village === undefined ? household.villageId : nameOf(village, "zh-CN"),
          villageEn: village === undefined ? household.villageId : nameOf(village, "en"),
        },
      });
    });
  },
};
