import { isOrganizationAliveOn } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { electedOrganizations } from "../../elected-organizations.js";
import { addYearsToDay, compareYearsAfter } from "../../../day/add-years-to-day.js";
import { ELECTING_KINDS, electionDaysUpTo, lastElectionOn, organizationSubject, overdue, termYearsReader } from "../term-standing.js";

/**
 * TERM-001: a primary committee, general branch or branch holds its next election when its term runs out
 * (5 years in villages and communities and for other primary committees, 3 for other general branches and
 * branches), postponed with the higher committee's approval by at most the allowed delay (1 year). It applies
 * to organizations alive on the day with an election recorded on or before it; it breaks when the day is past
 * the last election plus the term plus the delay. Past terms count too: two consecutive recorded elections
 * further apart than term plus delay are a breach of their own. Without a recorded sector the term may be
 * the village one, so only what holds under every possible term is decided; a past gap in doubt is not reported.
 *
 * @category Rules
 */
export const TERM_001: Rule = {
  id: "TERM-001",
  group: "terms",
  severity: "error",
  title: {
    "zh-CN": "基层党组织任期届满应按期换届，经批准延期不得超过规定期限",
    en: "A primary organization holds its election when its term ends, postponed with approval no longer than allowed",
  },
  message: {
    "zh-CN":
      "{subject} 于 {electedOn} 换届，任期 {termYears} 年，应于 {dueOn} 届满换届，经批准延期也不得超过 {allowedDelayYears} 年（{latestOn}），但自 {overdueSince} 起逾期 {overdueDays} 天未换届",
    en: "{subject} elected its committee on {electedOn}; its {termYears}-year term ran out on {dueOn} and the longest postponement approval allows ended on {latestOn}, yet it went {overdueDays} days from {overdueSince} without an election",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 未登记所在领域，任期为 {shortestTermYears} 年或 {longestTermYears} 年，于 {electedOn} 换届后无法判断是否已超过经批准可延期的期限",
    en: "{subject} records no sector, so its term may be {shortestTermYears} or {longestTermYears} years; elected on {electedOn}, it cannot be told whether an approved postponement has run out",
  },
  source: RULE_SOURCES.termOpinion,
  check({ asOf, index, parameters }) {
    const { allowedDelayYears } = parameters.terms;
    const termYearsOf = termYearsReader(parameters.terms);
    return judgeEach(electedOrganizations(index), (organization, outcomes) => {
      const { elections } = organization;
      if (elections === undefined || !ELECTING_KINDS.has(organization.kind) || !isOrganizationAliveOn(organization, asOf)) return;
      const electedOn = lastElectionOn(organization, asOf);
      if (electedOn === undefined) return;
      const terms = termYearsOf(organization);
      const shortestTerm = terms[0]!;
      const longestTerm = terms[terms.length - 1]!;
      const candidates = terms.length > 1 ? { shortestTermYears: shortestTerm, longestTermYears: longestTerm } : undefined;
      if (elections.length > 1) {
        const days = electionDaysUpTo(organization, asOf);
        for (let i = 1; i < days.length; i++) {
          const previous = days[i - 1]!;
          const next = days[i]!;
          const latestOn = addYearsToDay(previous, longestTerm + allowedDelayYears);
          if (next <= latestOn) continue;
          const dueOn = addYearsToDay(previous, longestTerm);
          outcomes.push({
            verdict: "breach",
            subject: [organizationSubject(organization)],
            evidence: { electedOn: previous, nextElectionOn: next, termYears: longestTerm, dueOn, allowedDelayYears, latestOn, ...overdue(latestOn, next), ...candidates },
          });
        }
      }
      // most terms are running: their pass needs no day built
      if (!outcomes.passDetails && compareYearsAfter(electedOn, shortestTerm + allowedDelayYears, asOf) >= 0) return outcomes.pass();
      const subject = [organizationSubject(organization)];
      const latestOn = addYearsToDay(electedOn, shortestTerm + allowedDelayYears);
      if (asOf <= latestOn) {
        const dueOn = addYearsToDay(electedOn, shortestTerm);
        // without candidates, a literal with no spread: the common case stays cheap
        const evidence = { electedOn, termYears: shortestTerm, dueOn, allowedDelayYears, latestOn };
        outcomes.push({ verdict: "pass", subject, evidence: candidates === undefined ? evidence : { ...evidence, ...candidates } });
        return;
      }
      const longestLatestOn = candidates === undefined ? latestOn : addYearsToDay(electedOn, longestTerm + allowedDelayYears);
      if (asOf > longestLatestOn) {
        const dueOn = addYearsToDay(electedOn, longestTerm);
        outcomes.push({
          verdict: "breach",
          subject,
          evidence: { electedOn, termYears: longestTerm, dueOn, allowedDelayYears, latestOn: longestLatestOn, ...overdue(longestLatestOn, asOf), ...candidates },
        });
      } else {
        outcomes.push({ verdict: "undetermined", subject, evidence: { electedOn, allowedDelayYears, latestOnCandidates: [latestOn, longestLatestOn], ...candidates } });
      }
    });
  },
};
