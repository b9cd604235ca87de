import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { branchCensus } from "../branch-census.js";
import { branchLeadershipAsOf } from "../branch-leadership-as-of.js";

/**
 * ORG-005: a branch (or joint branch) with seven or more full members (a policy parameter) sets up a branch
 * committee. It has one when `hasCommittee` is true or a committee-member seat is held on the day; it has none when
 * `hasCommittee` is false, or when its leadership seats are recorded without a committee member. When neither
 * `hasCommittee` nor any leadership seat is recorded, the rule cannot tell. Probationary members are not counted. A
 * branch without a single membership record in the dataset is skipped, as in ORG-001: whether it needs a committee is
 * not known.
 *
 * @category Rules
 */
export const ORG_005: Rule = {
  id: "ORG-005",
  group: "setup",
  severity: "error",
  title: { "zh-CN": "正式党员7人以上的党支部应设立支部委员会", en: "A branch with seven or more full members has a committee" },
  message: {
    "zh-CN": "{subject} 有正式党员 {fullMembers} 名，达到 {threshold} 名，应当设立支部委员会，但未设立",
    en: "{subject} has {fullMembers} full members, at least the {threshold} that call for a branch committee, but has no committee",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 有正式党员 {fullMembers} 名，达到 {threshold} 名，应当设立支部委员会，但数据既未记录是否设立支部委员会，也未记录支部委员会岗位，无法判断",
    en: "{subject} has {fullMembers} full members, at least the {threshold} that call for a branch committee, but the data records neither whether it has one nor any committee seat",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf, parameters }) {
    const threshold = parameters.setup.committeeMinFullMembers;
    const census = branchCensus(index, asOf);
    return judgeEach(census.counted, ({ organization, members }, outcomes) => {
      const fullMembers = members.full;
      if (fullMembers < threshold) return;
      const leadership = branchLeadershipAsOf(index, organization, asOf);
      const unrecorded = organization.hasCommittee === undefined && leadership.seats === 0;
      outcomes.push({
        verdict: leadership.hasCommittee ? "pass" : unrecorded ? "undetermined" : "breach",
        subject: [subjectOfRecord("organization", organization)],
        evidence: {
          fullMembers,
          threshold,
          hasCommittee: organization.hasCommittee ?? null,
          committeeMembers: leadership.committeeMembers,
          seats: leadership.seats,
        },
      });
    }, () => ({ skipped: census.unrecorded.branch + census.unrecorded["joint-branch"] }));
  },
};
