import { isOrganizationAliveOn } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf, subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

/**
 * TMP-001: a temporary branch is set up with the approval of a higher Party organization, so every temporary
 * branch alive on the day records the organization that approved it (`approvedById`).
 *
 * @category Rules
 */
export const TMP_001: Rule = {
  id: "TMP-001",
  group: "temporary-branch",
  severity: "error",
  title: { "zh-CN": "临时党支部应经上级党组织批准成立", en: "A temporary branch is set up with the approval of a higher Party organization" },
  message: {
    "zh-CN": "{subject} 未记载批准其成立的上级党组织，临时党支部须经上级党组织批准方可成立",
    en: "{subject} records no organization that approved it; a temporary branch may be set up only with the approval of a higher Party organization",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf }) {
    return judgeEach(index.organizationsOfKind("temporary-branch"), (organization, outcomes) => {
      if (!isOrganizationAliveOn(organization, asOf)) return;
      const { approvedById } = organization;
      const subject = [subjectOfRecord("organization", organization)];
      if (approvedById === undefined) {
        outcomes.push({ verdict: "breach", subject, evidence: { approvedById: null } });
        return;
      }
      subject.push(subjectOf(index, "organization", approvedById));
      outcomes.push({ verdict: "pass", subject, evidence: { approvedById, ...(organization.approvedOn === undefined ? {} : { approvedOn: organization.approvedOn }) } });
    });
  },
};
