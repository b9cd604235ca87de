import { isOrganizationAliveOn } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { countVillageSubtreeMembers } from "../village-subtree-members.js";

/**
 * ORG-009: a village general branch has more than fifty members (a policy parameter), full and probationary, its
 * branches' members included. A village with fewer may form one when genuinely needed, hence a warning. A general
 * branch without a single membership record in the dataset, its branches' included, is skipped, as in ORG-001.
 *
 * @category Rules
 */
export const ORG_009: Rule = {
  id: "ORG-009",
  group: "setup",
  severity: "warning",
  title: { "zh-CN": "村党总支一般在党员50人以上的村设立", en: "A village general branch has more than fifty members" },
  message: {
    "zh-CN": "{subject} 有党员 {members} 名，未超过 {threshold} 名；党员人数不足的村设立党总支应确因工作需要",
    en: "{subject} has {members} members, not more than {threshold}; a village with fewer forms a general branch only when genuinely needed",
  },
  source: RULE_SOURCES.ruralRegulations,
  check({ index, asOf, parameters }) {
    const threshold = parameters.setup.villageGeneralBranchAbove;
    let skipped = 0;
    return judgeEach(index.organizationsOfKind("general-branch"), (organization, outcomes) => {
      if (organization.sector !== "village" || !isOrganizationAliveOn(organization, asOf)) return;
      const count = countVillageSubtreeMembers(index, organization, asOf);
      if (!count.recorded) {
        skipped += 1;
        return;
      }
      outcomes.push({
        verdict: count.all > threshold ? "pass" : "breach",
        subject: [subjectOfRecord("organization", organization)],
        evidence: { members: count.all, fullMembers: count.full, probationaryMembers: count.probationary, threshold },
      });
    }, () => ({ skipped }));
  },
};
