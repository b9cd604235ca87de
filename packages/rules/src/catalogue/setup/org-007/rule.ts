import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { branchCensus } from "../branch-census.js";
import { branchLeadershipAsOf } from "../branch-leadership-as-of.js";

/**
 * ORG-007: a branch committee generally has at most five members (a policy parameter); six or seven are allowed
 * but unusual, hence a warning. Members are counted as in ORG-006, which alone reports a committee above the
 * largest allowed size.
 *
 * @category Rules
 */
export const ORG_007: Rule = {
  id: "ORG-007",
  group: "setup",
  severity: "warning",
  title: { "zh-CN": "党支部委员会一般不超过5人", en: "A branch committee generally has at most five members" },
  message: {
    "zh-CN": "{subject} 的支部委员会有委员 {committeeSize} 名，超过一般 {usualMaxSize} 名的规模（最多 {maxSize} 名）",
    en: "The committee of {subject} has {committeeSize} members, more than the usual {usualMaxSize} (at most {maxSize})",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 记录设有支部委员会，但未记录书记、副书记、委员岗位，无法判断委员人数是否超过一般 {usualMaxSize} 名的规模",
    en: "{subject} is recorded as having a committee, but no seat of secretary, deputy secretary or committee member is recorded: it cannot be told whether it exceeds the usual {usualMaxSize}",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf, parameters }) {
    const { committeeUsualMaxSize: usualMaxSize, committeeMaxSize: maxSize } = parameters.setup;
    // most branches have no committee: only those with one on record have their seats read
    return judgeEach(branchCensus(index, asOf).withCommittee, (organization, outcomes) => {
      const leadership = branchLeadershipAsOf(index, organization, asOf);
      if (!leadership.hasCommittee) return;
      const { committeeSize, seats } = leadership;
      // above the largest allowed size is ORG-006's breach, not a warning here
      if (seats > 0 && committeeSize > maxSize) return;
      outcomes.push({
        verdict: seats === 0 ? "undetermined" : committeeSize <= usualMaxSize ? "pass" : "breach",
        subject: [subjectOfRecord("organization", organization)],
        evidence: { committeeSize, usualMaxSize, maxSize, seats },
      });
    });
  },
};
