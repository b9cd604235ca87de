import { isOrganizationAliveOn } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

/**
 * ORG-002: a joint branch covers at most five host units (a policy parameter), on the principle of neighbouring
 * areas, similar trades and a manageable size. Applies to joint branches that list their host units; a listed
 * unit that did not exist on the day is not counted.
 *
 * @category Rules
 */
export const ORG_002: Rule = {
  id: "ORG-002",
  group: "setup",
  severity: "warning",
  title: { "zh-CN": "联合党支部覆盖单位一般不超过5个", en: "A joint branch covers at most five units" },
  message: {
    "zh-CN": "{subject} 覆盖 {units} 个单位，超过联合党支部一般不超过 {threshold} 个单位的规定",
    en: "{subject} covers {units} units, more than the {threshold} a joint branch generally covers",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf, parameters }) {
    const threshold = parameters.setup.jointBranchMaxUnits;
    return judgeEach(index.organizationsOfKind("joint-branch"), (organization, outcomes) => {
      if (!organization.hostUnitIds?.length || !isOrganizationAliveOn(organization, asOf)) return;
      const unitIds = [...new Set(organization.hostUnitIds)].filter((id) => {
        const unit = index.hostUnits.get(id);
        return unit === undefined || isOrganizationAliveOn(unit, asOf);
      });
      outcomes.push({
        verdict: unitIds.length <= threshold ? "pass" : "breach",
        subject: [subjectOfRecord("organization", organization)],
        evidence: { units: unitIds.length, threshold, unitIds },
      });
    });
  },
};
