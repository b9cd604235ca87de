import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { branchCensus } from "../branch-census.js";
import { branchLeadershipAsOf } from "../branch-leadership-as-of.js";

/**
 * ORG-008: a branch (or joint branch) with fewer than seven full members (a policy parameter) has no committee
 * (`hasCommittee` not true, no committee-member seat held on the day) and at most one deputy secretary (a policy
 * parameter) besides its secretary. Probationary members are not counted. A branch without a single membership
 * record in the dataset is skipped, as in ORG-001: that it has fewer than seven is not known.
 *
 * @category Rules
 */
export const ORG_008: Rule = {
  id: "ORG-008",
  group: "setup",
  severity: "error",
  title: {
    "zh-CN": "正式党员不足7人的党支部不设支部委员会，设书记1名、必要时副书记1名",
    en: "A branch with fewer than seven full members has no committee, only a secretary and at most one deputy",
  },
  message: {
    "zh-CN": "{subject} 只有正式党员 {fullMembers} 名，不足 {threshold} 名，不设支部委员会、副书记不超过 {maxDeputies} 名，但现{committee}、副书记 {deputies} 名",
    en: "{subject} has {fullMembers} full members, fewer than {threshold}: it should have no committee and no more deputy secretaries than {maxDeputies}, but it {committeeEn} and deputy secretaries number {deputies}",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf, parameters }) {
    const { committeeMinFullMembers: threshold, deputiesWithoutCommittee: maxDeputies } = parameters.setup;
    const census = branchCensus(index, asOf);
    return judgeEach(census.counted, ({ organization, members }, outcomes) => {
      const fullMembers = members.full;
      if (fullMembers >= threshold) return;
      // a branch with no deputy or committee seat on record has neither that day: its seats need not be read
      const leadership = census.hasDeputyOrCommitteeSeat(organization.id) ? branchLeadershipAsOf(index, organization, asOf) : { deputies: 0, committeeMembers: 0, hasCommittee: organization.hasCommittee === true };
      const { committeeMembers } = leadership;
      const pass = !leadership.hasCommittee && leadership.deputies <= maxDeputies;
      if (pass && !outcomes.passDetails) return outcomes.pass();
      outcomes.push({
        verdict: pass ? "pass" : "breach",
        subject: [subjectOfRecord("organization", organization)],
        evidence: {
          fullMembers,
          threshold,
          hasCommittee: organization.hasCommittee ?? null,
          committeeMembers,
          deputies: leadership.deputies,
          maxDeputies,
          committee: leadership.hasCommittee ? `设有支部委员会（委员 ${committeeMembers} 名）` : "未设支部委员会",
          committeeEn: leadership.hasCommittee ? `has a committee (committee members: ${committeeMembers})` : "has no committee",
        },
      });
    }, () => ({ skipped: census.unrecorded.branch + census.unrecorded["joint-branch"] }));
  },
};
