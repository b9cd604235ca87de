import { coversDay, governanceAimLabels, labelOf, villageProblemLabels, type GovernanceAim, type VillageProblem } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import type { PolicyParameters } from "../../../policy/policy-parameters.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { regionPositions } from "../../region-positions.js";
import type { FindingSubject } from "../../../finding/finding.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { joinLabels } from "../join-labels.js";
import { villageOfParty } from "../pairing-village.js";

/**
 * PAIR-006: the pairings of a village aim at each of its problems (三治 answering 穷软散乱). For every village with
 * problems that an organization–village or dispatch pairing running on the day targets (directly, or through an
 * organization whose region is the village), the union of those pairings' aims must include the aim the policy
 * sets for each problem (`aimsForProblems`: poor → tackle poverty, weak and lax → tackle weakness, disorderly →
 * tackle disorder). Villages with problems and no pairing are PAIR-001's concern.
 *
 * @category Rules
 */
export const PAIR_006: Rule = {
  id: "PAIR-006",
  group: "pairing",
  severity: "error",
  title: { "zh-CN": "结对帮扶应针对村的问题开展三治", en: "A paired village's pairings aim at each of its problems" },
  message: {
    "zh-CN": "{subject} 存在“{problemNames}”问题，但截至 {asOf} 其结对帮扶未涵盖“{missingNames}”",
    en: "{subject} has the problems {problemNamesEn}, but on {asOf} its pairings do not aim to {missingNamesEn}",
  },
  source: RULE_SOURCES.oneLinkTwoHelps,
  check({ index, asOf, parameters }) {
    const aimsFor = parameters.pairing.aimsForProblems;
    // aims of active organization–village and dispatch pairings by the village's position, built once
    const positions = regionPositions(index);
    const byVillage = new Array<{ aims: GovernanceAim[]; pairings: string[] } | undefined>(index.dataset.regions.length);
    let paired = 0;
    const pairingRecords = index.dataset.pairings;
    for (let i = 0; i < pairingRecords.length; i++) {
      const pairing = pairingRecords[i]!;
      if ((pairing.kind !== "organization-village" && pairing.kind !== "dispatch") || !coversDay(pairing, asOf)) continue;
      const villageId = villageOfParty(index, pairing.target);
      // a target that is no region of the dataset is never read
      const position = villageId === undefined ? undefined : positions.of(villageId);
      if (position === undefined) continue;
      let entry = byVillage[position];
      if (entry === undefined) {
        entry = { aims: [], pairings: [] };
        byVillage[position] = entry;
        paired += 1;
      }
      entry.pairings.push(pairing.id);
      for (const aim of pairing.aims ?? []) if (!entry.aims.includes(aim)) entry.aims.push(aim);
    }
    if (paired === 0) return [];
    return judgeEach(index.dataset.regions, (region, outcomes, position) => {
      if (region.level !== "village" || region.problems === undefined || region.problems.length === 0) return;
      const entry = byVillage[positions.holder[position]!];
      if (entry === undefined) return;
      if (!outcomes.passDetails && aimsCover(region.problems, aimsFor, entry.aims)) return outcomes.pass();
      const problems = [...new Set(region.problems)];
      const needed: GovernanceAim[] = [];
      for (const problem of problems) {
        const aim = aimsFor[problem];
        if (aim !== undefined && !needed.includes(aim)) needed.push(aim);
      }
      const missing = needed.filter((aim) => !entry.aims.includes(aim));
      const present = [...entry.aims];
      const subject: FindingSubject[] = [{ type: "region", id: region.id, name: region.name }];
      const evidence = { asOf, problems, neededAims: needed, presentAims: present, missingAims: missing, pairings: entry.pairings };
      if (missing.length === 0) {
        outcomes.push({ verdict: "pass", subject, evidence });
        return;
      }
      outcomes.push({
        verdict: "breach",
        subject,
        evidence: {
          ...evidence,
          problemNames: joinLabels(problems.map((problem) => labelOf(villageProblemLabels, problem, "zh-CN")), "zh-CN"),
          problemNamesEn: joinLabels(problems.map((problem) => labelOf(villageProblemLabels, problem, "en")), "en"),
          missingNames: joinLabels(missing.map((aim) => labelOf(governanceAimLabels, aim, "zh-CN")), "zh-CN"),
          missingNamesEn: joinLabels(missing.map((aim) => labelOf(governanceAimLabels, aim, "en")), "en"),
        },
      });
    });
  },
};

// whether the aims cover every problem, without listing them: most paired villages pass
function aimsCover(problems: readonly VillageProblem[], aimsFor: PolicyParameters["pairing"]["aimsForProblems"], aims: readonly GovernanceAim[]): boolean {
  for (const problem of problems) {
    const aim = aimsFor[problem];
    if (aim !== undefined && !aims.includes(aim)) return false;
  }
  return true;
}
