import { coversDay, nameOf, type DatasetIndex } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { joinLabels } from "../join-labels.js";
import { villageOfParty } from "../pairing-village.js";

/**
 * PAIR-004: an organization helps at most `villagesPerOrganization` villages at once (a documented default, not
 * confirmed for Qinghai). Counts, for every helper (an organization or a host unit) of an organization–village
 * pairing running on the day, the distinct villages it helps that day; a target organization counts as the
 * village it works in, or as itself when it has no region.
 *
 * @category Rules
 */
export const PAIR_004: Rule = {
  id: "PAIR-004",
  group: "pairing",
  severity: "warning",
  title: { "zh-CN": "一个党组织同时结对帮扶的村不超过上限", en: "An organization helps no more villages at once than allowed" },
  message: {
    "zh-CN": "{subject} 截至 {asOf} 同时与 {villages} 个村结对共建（{villageNames}），超过每个党组织最多 {villagesPerOrganization} 个村的上限",
    en: "{subject} helps {villages} villages at once on {asOf} ({villageNamesEn}), more than the {villagesPerOrganization} one organization may help",
  },
  source: { ...RULE_SOURCES.oneLinkTwoHelps, confidence: "unconfirmed" },
  check({ index, asOf, parameters }) {
    const limit = parameters.pairing.villagesPerOrganization;
    // distinct villages by helper, built once
    const helpers = new Map<string, { type: "organization" | "host-unit"; id: string; villages: Set<string> }>();
    const pairingRecords = index.dataset.pairings;
    for (let i = 0; i < pairingRecords.length; i++) {
      const pairing = pairingRecords[i]!;
      if (pairing.kind !== "organization-village" || !coversDay(pairing, asOf)) continue;
      const { helper, target } = pairing;
      if (helper.type !== "organization" && helper.type !== "host-unit") continue;
      const village = villageOfParty(index, target) ?? `${target.type}:${target.id}`;
      const key = `${helper.type}:${helper.id}`;
      const entry = helpers.get(key);
      if (entry) entry.villages.add(village);
      else helpers.set(key, { type: helper.type, id: helper.id, villages: new Set([village]) });
    }
    return judgeEach(helpers.values(), ({ type, id, villages }, outcomes) => {
      if (villages.size <= limit && !outcomes.passDetails) return outcomes.pass();
      const subject = [subjectOf(index, type, id)];
      const evidence = { asOf, villages: villages.size, villageIds: [...villages], villagesPerOrganization: limit };
      if (villages.size <= limit) {
        outcomes.push({ verdict: "pass", subject, evidence });
        return;
      }
      const labels = [...villages].map((village) => labelOfVillage(index, village));
      outcomes.push({
        verdict: "breach",
        subject,
        evidence: {
          ...evidence,
          villageNames: joinLabels(labels.map((label) => label.zh), "zh-CN"),
          villageNamesEn: joinLabels(labels.map((label) => label.en), "en"),
        },
      });
    });
  },
};

// a village's name, or for a target organization without a region (keyed `organization:<id>`) the organization's
function labelOfVillage(index: DatasetIndex, key: string): { zh: string; en: string } {
  const region = index.regions.get(key);
  if (region !== undefined) return { zh: nameOf(region, "zh-CN"), en: nameOf(region, "en") };
  const organization = key.startsWith("organization:") ? index.organizations.get(key.slice("organization:".length)) : undefined;
  return organization === undefined ? { zh: key, en: key } : { zh: nameOf(organization, "zh-CN"), en: nameOf(organization, "en") };
}
