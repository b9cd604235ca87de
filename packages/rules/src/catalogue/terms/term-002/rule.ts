import { isOrganizationAliveOn } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { electedOrganizations } from "../../elected-organizations.js";
import { addYearsToDay, compareYearsAfter } from "../../../day/add-years-to-day.js";
import { ELECTING_KINDS, lastElectionOn, organizationSubject, termYearsReader } from "../term-standing.js";

type Standing = "running" | "due" | "overdue";

function standingOn(asOf: string, dueOn: string, latestOn: string): Standing {
  return asOf <= dueOn ? "running" : asOf <= latestOn ? "due" : "overdue";
}

/**
 * TERM-002: when a term has run out, the election is due; it may be postponed only with the approval of the
 * higher Party committee, and only within the allowed delay. It warns for an organization (primary committee,
 * general branch or branch, alive, with an election recorded on or before the day) whose term has run out but
 * whose allowed postponement has not (last election + term < day ≤ + delay); approvals are not recorded, so the
 * postponement is only flagged for checking. It passes while the term runs and says nothing once the delay is
 * exceeded (TERM-001 reports that). Without a recorded sector, what differs between the possible terms is
 * undetermined.
 *
 * @category Rules
 */
export const TERM_002: Rule = {
  id: "TERM-002",
  group: "terms",
  severity: "warning",
  title: {
    "zh-CN": "任期届满应及时换届，延期须经上级党委批准",
    en: "An election falls due when the term ends; postponing it needs the higher committee's approval",
  },
  message: {
    "zh-CN": "{subject} 于 {electedOn} 换届，任期 {termYears} 年已于 {dueOn} 届满，应及时换届；确需延期的须报上级党委批准，且最迟不超过 {latestOn}",
    en: "{subject} elected its committee on {electedOn} and its {termYears}-year term ran out on {dueOn}: the election is due, and a postponement needs the approval of the higher Party committee and may last no later than {latestOn}",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 未登记所在领域，任期为 {shortestTermYears} 年或 {longestTermYears} 年，于 {electedOn} 换届后无法判断任期是否已届满",
    en: "{subject} records no sector, so its term may be {shortestTermYears} or {longestTermYears} years; elected on {electedOn}, it cannot be told whether its term has run out",
  },
  source: RULE_SOURCES.termOpinion,
  check({ asOf, index, parameters }) {
    const { allowedDelayYears } = parameters.terms;
    const termYearsOf = termYearsReader(parameters.terms);
    return judgeEach(electedOrganizations(index), (organization, outcomes) => {
      if (organization.elections === undefined || !ELECTING_KINDS.has(organization.kind) || !isOrganizationAliveOn(organization, asOf)) return;
      const electedOn = lastElectionOn(organization, asOf);
      if (electedOn === undefined) return;
      const terms = termYearsOf(organization);
      const shortestTerm = terms[0]!;
      const longestTerm = terms[terms.length - 1]!;
      // most terms are running under every reading: their pass needs no day built
      if (!outcomes.passDetails && compareYearsAfter(electedOn, shortestTerm, asOf) >= 0) return outcomes.pass();
      const dueOn = addYearsToDay(electedOn, shortestTerm);
      const latestOn = addYearsToDay(electedOn, shortestTerm + allowedDelayYears);
      const standing = standingOn(asOf, dueOn, latestOn);
      const subject = [organizationSubject(organization)];
      if (terms.length === 1) {
        // past the allowed delay the postponement is no longer a matter of approval: TERM-001 reports it
        if (standing !== "overdue") outcomes.push({ verdict: standing === "running" ? "pass" : "breach", subject, evidence: { electedOn, termYears: shortestTerm, dueOn, allowedDelayYears, latestOn } });
        return;
      }
      const candidates = { shortestTermYears: shortestTerm, longestTermYears: longestTerm };
      const longestDueOn = addYearsToDay(electedOn, longestTerm);
      const longestLatestOn = addYearsToDay(electedOn, longestTerm + allowedDelayYears);
      if (standing !== standingOn(asOf, longestDueOn, longestLatestOn)) {
        outcomes.push({ verdict: "undetermined", subject, evidence: { electedOn, allowedDelayYears, dueOnCandidates: [dueOn, longestDueOn], ...candidates } });
      } else if (standing === "running") {
        outcomes.push({ verdict: "pass", subject, evidence: { electedOn, termYears: shortestTerm, dueOn, allowedDelayYears, latestOn, ...candidates } });
      } else if (standing === "due") {
        outcomes.push({ verdict: "breach", subject, evidence: { electedOn, termYears: longestTerm, dueOn: longestDueOn, allowedDelayYears, latestOn: longestLatestOn, ...candidates } });
      }
    });
  },
};
