import type { Rule } from "../../../rule/rule.js";
import { workTeamSeats } from "../posts-by-region.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { addYearsToDay } from "../../../day/add-years-to-day.js";
import { dayBefore } from "../../../day/day-arithmetic.js";
import { holdingSubjects } from "../holding-subjects.js";

/**
 * FS-004: a first secretary's term (a holding of a first-secretary post, both ends inclusive) lasts at least the
 * policy's shortest term (two years under the 2017 guidance and the 2021 opinion, one under the 2015 notice) and,
 * when the policy sets one, at most its longest (three years under the 2015 notice). The shortest term is judged
 * only for holdings that ended on or before the day; the longest also for holdings still running, which break it
 * once the day is past the term's last day. A holding that began after the day is not judged, nor a running one
 * when the policy sets no longest term; a judged holding without a recorded start cannot be told.
 *
 * @category Rules
 */
export const FS_004: Rule = {
  id: "FS-004",
  group: "first-secretary",
  severity: "warning",
  title: { "zh-CN": "驻村第一书记任期应符合规定年限", en: "A first secretary's term lasts as long as required" },
  message: {
    "zh-CN": "{subject} 驻村第一书记 {firstSecretary} 自 {holdingFrom} 起任职，截至 {servedUntil}，{termBreach}",
    en: "{firstSecretary}, first secretary of {subject}, served from {holdingFrom} through {servedUntil}: {termBreachEn}",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 驻村第一书记 {firstSecretary} 的任职起始日期未记录，无法判断任期是否符合{termRange}的规定",
    en: "The day {firstSecretary}, first secretary of {subject}, took office is not recorded: it cannot be told whether the term lasts {termRangeEn} as required",
  },
  source: RULE_SOURCES.workTeamGuidance2017,
  check({ index, asOf, parameters }) {
    const { minTermYears, maxTermYears } = parameters.firstSecretary;
    const bounds = {
      minTermYears,
      maxTermYears: maxTermYears ?? null,
      termRange: maxTermYears === undefined ? `不少于 ${minTermYears} 年` : `${minTermYears} 至 ${maxTermYears} 年`,
      termRangeEn: maxTermYears === undefined ? `at least ${minTermYears} year(s)` : `${minTermYears} to ${maxTermYears} years`,
    };
    return judgeEach(workTeamSeats(index).firstSecretaries, ({ post, holdings }, outcomes) => {
      for (const holding of holdings) {
        const { from, to } = holding;
        if (from !== undefined && from > asOf) continue;
        const ended = to !== undefined && to <= asOf;
        if (!ended && maxTermYears === undefined) continue;
        const subject = holdingSubjects(index, post, holding);
        const firstSecretary = subject[1]!.name;
        const servedUntil = ended ? to : asOf;
        if (from === undefined) {
          outcomes.push({ verdict: "undetermined", subject, evidence: { firstSecretary, holdingId: holding.id, holdingFrom: null, holdingTo: to ?? null, ended, ...bounds } });
          continue;
        }
        const shortestLastDay = dayBefore(addYearsToDay(from, minTermYears));
        const longestLastDay = maxTermYears === undefined ? null : dayBefore(addYearsToDay(from, maxTermYears));
        const evidence = { firstSecretary, holdingId: holding.id, holdingFrom: from, holdingTo: to ?? null, servedUntil, ended, ...bounds, shortestLastDay, longestLastDay };
        if (ended && servedUntil < shortestLastDay) {
          outcomes.push({
            verdict: "breach",
            subject,
            evidence: {
              ...evidence,
              breach: "too-short",
              termBreach: `未满 ${minTermYears} 年即离任，应至少任职至 ${shortestLastDay}`,
              termBreachEn: `they left before serving ${minTermYears} year(s), which would have run to ${shortestLastDay}`,
            },
          });
        } else if (longestLastDay !== null && servedUntil > longestLastDay) {
          outcomes.push({
            verdict: "breach",
            subject,
            evidence: {
              ...evidence,
              breach: "too-long",
              termBreach: `超过 ${maxTermYears} 年的任期上限，最长应任职至 ${longestLastDay}`,
              termBreachEn: `longer than the ${maxTermYears}-year maximum, which ran to ${longestLastDay}`,
            },
          });
        } else {
          outcomes.push({ verdict: "pass", subject, evidence });
        }
      }
    });
  },
};
