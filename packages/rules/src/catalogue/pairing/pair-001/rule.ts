import { coversDay, labelOf, villageDesignationLabels, villageProblemLabels, type CalendarDate, type Locale, type Region, type VillageDesignationKind, type VillageProblem } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { regionPositions } from "../../region-positions.js";
import type { FindingSubject } from "../../../finding/finding.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { joinLabels } from "../join-labels.js";
import { villageOfParty } from "../pairing-village.js";

const NO_PROBLEMS: readonly VillageProblem[] = [];

/**
 * PAIR-001: every village that needs help has a Party organization paired with it (结对共建). A village needs
 * help when it is a region of level `village` with a designation of one of the policy's kinds
 * (`villageDesignationsNeedingHelp`) whose span covers the day, or with any of the four problems (穷软散乱).
 * It holds when an organization–village pairing running on the day targets the village, directly or through an
 * organization whose region is the village (its village branch).
 *
 * @category Rules
 */
export const PAIR_001: Rule = {
  id: "PAIR-001",
  group: "pairing",
  severity: "error",
  title: { "zh-CN": "需帮扶的村应有党组织结对共建", en: "Every village that needs help is paired with a helping organization" },
  message: {
    "zh-CN": "{subject}（{reasons}）需要帮扶，但截至 {asOf} 没有党组织与其结对共建",
    en: "{subject} needs help ({reasonsEn}) but no organization is paired with it on {asOf}",
  },
  source: RULE_SOURCES.oneLinkTwoHelps,
  check({ index, asOf, parameters }) {
    const needing = new Set(parameters.pairing.villageDesignationsNeedingHelp);
    // active organization–village pairings by the position of the village they target, built once
    const positions = regionPositions(index);
    const pairingsByVillage = new Array<string[] | undefined>(index.dataset.regions.length);
    const pairingRecords = index.dataset.pairings;
    for (let i = 0; i < pairingRecords.length; i++) {
      const pairing = pairingRecords[i]!;
      if (pairing.kind !== "organization-village" || !coversDay(pairing, asOf)) continue;
      const villageId = villageOfParty(index, pairing.target);
      // a target that is no region of the dataset is never read
      const position = villageId === undefined ? undefined : positions.of(villageId);
      if (position === undefined) continue;
      const list = pairingsByVillage[position];
      if (list) list.push(pairing.id);
      else pairingsByVillage[position] = [pairing.id];
    }
    return judgeEach(index.dataset.regions, (region, outcomes, position) => {
      if (region.level !== "village") return;
      const pairings = pairingsByVillage[positions.holder[position]!] ?? NO_PAIRINGS;
      // a paired village passes whatever it needs help for: only whether it needs any is asked
      if (pairings.length > 0 && !outcomes.passDetails) {
        if (needsHelp(region, needing, asOf)) outcomes.pass();
        return;
      }
      const designations: VillageDesignationKind[] = [];
      for (const designation of region.designations ?? []) {
        if (needing.has(designation.kind) && coversDay(designation, asOf) && !designations.includes(designation.kind)) designations.push(designation.kind);
      }
      const problems = region.problems === undefined || region.problems.length === 0 ? NO_PROBLEMS : [...new Set(region.problems)];
      if (designations.length === 0 && problems.length === 0) return;
      const subject: FindingSubject[] = [{ type: "region", id: region.id, name: region.name }];
      if (pairings.length > 0) {
        outcomes.push({ verdict: "pass", subject, evidence: { asOf, designations, problems, pairings } });
        return;
      }
      const reasons = reasonText(designations, problems, "zh-CN");
      outcomes.push({ verdict: "breach", subject, evidence: { asOf, designations, problems, pairings, reasons, reasonsEn: reasonText(designations, problems, "en") } });
    });
  },
};

function reasonText(designations: readonly VillageDesignationKind[], problems: readonly VillageProblem[], locale: Locale): string {
  const parts: string[] = [];
  if (designations.length > 0) parts.push(joinLabels(designations.map((kind) => labelOf(villageDesignationLabels, kind, locale)), locale));
  if (problems.length > 0) {
    const names = joinLabels(problems.map((problem) => labelOf(villageProblemLabels, problem, locale)), locale);
    parts.push(locale === "zh-CN" ? `存在“${names}”问题` : `problems: ${names}`);
  }
  return parts.join(locale === "zh-CN" ? "，" : "; ");
}

const NO_PAIRINGS: readonly string[] = Object.freeze([]);

// whether a village has a problem or a designation needing help on the day, without listing them
function needsHelp(region: Region, needing: ReadonlySet<VillageDesignationKind>, asOf: CalendarDate): boolean {
  if (region.problems !== undefined && region.problems.length > 0) return true;
  for (const designation of region.designations ?? []) if (needing.has(designation.kind) && coversDay(designation, asOf)) return true;
  return false;
}
