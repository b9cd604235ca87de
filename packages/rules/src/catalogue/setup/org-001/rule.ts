import type { Rule } from "../../../rule/rule.js";
import { subjectOf } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

/**
 * ORG-001: a branch set up in one unit has at least three full members (the threshold is a policy parameter);
 * a unit with fewer joins a joint branch. Probationary members are not counted.
 *
 * @category Rules
 */
export const ORG_001: Rule = {
  id: "ORG-001",
  group: "setup",
  severity: "error",
  title: { "zh-CN": "党支部应有3名以上正式党员", en: "A branch has at least three full members" },
  message: {
    "zh-CN": "{subject} 只有 {fullMembers} 名正式党员，少于单独成立党支部所需的 {threshold} 名，应与邻近单位成立联合党支部",
    en: "{subject} has {fullMembers} full members, fewer than the {threshold} a branch of its own needs; it should join a joint branch",
  },
  source: { ...RULE_SOURCES.partyConstitution, article: "第三十条" },
  *check({ index, asOf, parameters }) {
    const threshold = parameters.setup.branchMinFullMembers;
    for (const organization of index.dataset.organizations) {
      if (organization.kind !== "branch" || !index.isAliveOn(organization.id, asOf)) continue;
      const fullMembers = index.fullMemberCount(organization.id, asOf);
      yield {
        verdict: fullMembers >= threshold ? "pass" : "breach",
        subject: [subjectOf(index, "organization", organization.id)],
        evidence: { fullMembers, threshold, probationaryMembers: index.membersAsOf(organization.id, asOf).length - fullMembers },
      };
    }
  },
};
