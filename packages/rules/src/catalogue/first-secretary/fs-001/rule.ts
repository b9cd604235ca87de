import { coversDay, labelOf, villageDesignationLabels, type PostHolding, type VillageDesignationKind } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { workTeamSeats } from "../posts-by-region.js";

/**
 * FS-001: every target village has a first secretary (全覆盖). A target village is a region of level `village`
 * with a designation of one of the policy's target kinds (post-poverty, relocation, key revitalization and
 * weak-and-lax villages under the 2021 opinion; registered-poor and weak-and-lax villages under the 2015 notice)
 * whose span covers the day. It holds when someone holds, on the day, a first-secretary post whose region is the
 * village; other villages are not judged.
 *
 * @category Rules
 */
export const FS_001: Rule = {
  id: "FS-001",
  group: "first-secretary",
  severity: "error",
  title: { "zh-CN": "重点村应选派驻村第一书记", en: "Every target village has a first secretary" },
  message: {
    "zh-CN": "{subject} 为{designationNames}，应选派驻村第一书记，但截至 {asOf} 没有在任的驻村第一书记",
    en: "{subject} ({designationNamesEn}) must have a first secretary, but has none in post on {asOf}",
  },
  source: RULE_SOURCES.firstSecretaryOpinion2021,
  check({ index, asOf, parameters }) {
    const targets = new Set(parameters.firstSecretary.targetDesignations);
    if (targets.size === 0) return [];
    const seatsByVillage = workTeamSeats(index).byRegion;
    return judgeEach(index.dataset.regions, (region, outcomes) => {
      if (region.level !== "village" || region.designations === undefined) return;
      const designations: VillageDesignationKind[] = [];
      for (const designation of region.designations) {
        if (targets.has(designation.kind) && coversDay(designation, asOf) && !designations.includes(designation.kind)) designations.push(designation.kind);
      }
      if (designations.length === 0) return;
      const holdings: PostHolding[] = [];
      for (const { post, holdings: held } of seatsByVillage.get(region.id) ?? []) {
        if (post.role !== "first-secretary") continue;
        for (const holding of held) if (coversDay(holding, asOf)) holdings.push(holding);
      }
      if (holdings.length > 0 && !outcomes.passDetails) return outcomes.pass();
      const subject = [subjectOfRecord("region", region)];
      if (holdings.length > 0) {
        outcomes.push({ verdict: "pass", subject, evidence: { asOf, designations, holdingIds: holdings.map((holding) => holding.id) } });
        return;
      }
      outcomes.push({
        verdict: "breach",
        subject,
        evidence: {
          asOf,
          designations,
          designationNames: designations.map((kind) => labelOf(villageDesignationLabels, kind, "zh-CN")).join("、"),
          designationNamesEn: designations.map((kind) => labelOf(villageDesignationLabels, kind, "en")).join("; "),
          targetDesignations: [...targets],
        },
      });
    });
  },
};
