import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { branchCensus } from "../branch-census.js";

/**
 * ORG-004: a branch (or joint branch) generally has at most fifty members (a policy parameter), full and
 * probationary alike; more is a warning. A branch without a single membership record in the dataset is skipped, as
 * in ORG-001.
 *
 * @category Rules
 */
export const ORG_004: Rule = {
  id: "ORG-004",
  group: "setup",
  severity: "warning",
  title: { "zh-CN": "党支部党员人数一般不超过50人", en: "A branch has at most fifty members" },
  message: {
    "zh-CN": "{subject} 有党员 {members} 名（其中预备党员 {probationaryMembers} 名），超过党支部党员人数一般不超过 {threshold} 人的规定",
    en: "{subject} has {members} members ({probationaryMembers} of them probationary), more than the {threshold} a branch generally has",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf, parameters }) {
    const threshold = parameters.setup.branchMaxMembers;
    const census = branchCensus(index, asOf);
    return judgeEach(census.counted, ({ organization, members: count }, outcomes) => {
      if (count.all <= threshold && !outcomes.passDetails) return outcomes.pass();
      outcomes.push({
        verdict: count.all <= threshold ? "pass" : "breach",
        subject: [subjectOfRecord("organization", organization)],
        evidence: { members: count.all, fullMembers: count.full, probationaryMembers: count.probationary, threshold },
      });
    }, () => ({ skipped: census.unrecorded.branch + census.unrecorded["joint-branch"] }));
  },
};
