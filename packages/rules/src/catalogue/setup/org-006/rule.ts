import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { branchCensus } from "../branch-census.js";
import { branchLeadershipAsOf } from "../branch-leadership-as-of.js";

/**
 * ORG-006: a branch committee has between three and seven members (policy parameters): the people holding, on the
 * day, the branch's seats of secretary, deputy secretary and committee member. Applies to branches and joint
 * branches that have a committee (`hasCommittee` true or a committee-member seat held); when a committee is
 * recorded without any of its seats, the rule cannot tell. ORG-007 warns about committees above the usual five.
 *
 * @category Rules
 */
export const ORG_006: Rule = {
  id: "ORG-006",
  group: "setup",
  severity: "error",
  title: { "zh-CN": "党支部委员会由3至7人组成", en: "A branch committee has three to seven members" },
  message: {
    "zh-CN": "{subject} 的支部委员会有委员 {committeeSize} 名，不在 {minSize} 至 {maxSize} 名之间",
    en: "The committee of {subject} has {committeeSize} members, outside {minSize} to {maxSize}",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 记录设有支部委员会，但未记录书记、副书记、委员岗位，无法判断委员人数是否在 {minSize} 至 {maxSize} 名之间",
    en: "{subject} is recorded as having a committee, but no seat of secretary, deputy secretary or committee member is recorded: its size cannot be told",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf, parameters }) {
    const { committeeMinSize: minSize, committeeMaxSize: maxSize } = parameters.setup;
    // most branches have no committee: only those with one on record have their seats read
    return judgeEach(branchCensus(index, asOf).withCommittee, (organization, outcomes) => {
      const leadership = branchLeadershipAsOf(index, organization, asOf);
      if (!leadership.hasCommittee) return;
      const { committeeSize, seats } = leadership;
      outcomes.push({
        verdict: seats === 0 ? "undetermined" : committeeSize >= minSize && committeeSize <= maxSize ? "pass" : "breach",
        subject: [subjectOfRecord("organization", organization)],
        evidence: { committeeSize, minSize, maxSize, seats },
      });
    });
  },
};
