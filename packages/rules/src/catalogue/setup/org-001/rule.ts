import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { branchCensus } from "../branch-census.js";

/**
 * ORG-001: a branch set up in one unit has at least three full members (the threshold is a policy parameter);
 * a unit with fewer joins a joint branch. Probationary members are not counted. A branch without a single
 * membership record in the dataset is skipped (counted in the tally's `skipped`, no finding): its size is not
 * recorded, which is not the same as recorded as empty. A branch whose memberships have all ended counts zero.
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
  check({ index, asOf, parameters }) {
    const threshold = parameters.setup.branchMinFullMembers;
    const census = branchCensus(index, asOf);
    return judgeEach(census.counted, ({ organization, members }, outcomes) => {
      if (organization.kind !== "branch") return;
      if (members.full >= threshold && !outcomes.passDetails) return outcomes.pass();
      outcomes.push({
        verdict: members.full >= threshold ? "pass" : "breach",
        subject: [subjectOfRecord("organization", organization)],
        evidence: { fullMembers: members.full, threshold, probationaryMembers: members.probationary },
      });
    }, () => ({ skipped: census.unrecorded.branch }));
  },
};
