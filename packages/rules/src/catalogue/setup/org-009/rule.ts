import { isOrganizationAliveOn } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { subjectOf } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { countSubtreeMembersAsOf } from "../count-subtree-members-as-of.js";

/**
 * ORG-009: a village general branch has more than fifty members (a policy parameter), full and probationary, its
 * branches' members included. A village with fewer may form one when genuinely needed, hence a warning.
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
  *check({ index, asOf, parameters }) {
    const threshold = parameters.setup.villageGeneralBranchAbove;
    for (const organization of index.dataset.organizations) {
      if (organization.kind !== "general-branch" || organization.sector !== "village" || !isOrganizationAliveOn(organization, asOf)) continue;
      const count = countSubtreeMembersAsOf(index, organization.id, asOf);
      yield {
        verdict: count.all > threshold ? "pass" : "breach",
        subject: [subjectOf(index, "organization", organization.id)],
        evidence: { members: count.all, fullMembers: count.full, probationaryMembers: count.probationary, threshold },
      };
    }
  },
};
