import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { addYearsToDay, compareYearsAfter } from "../../../day/add-years-to-day.js";
import { wholeYearsBetween } from "../../../day/day-arithmetic.js";
import { firstSecretaryHoldingsOn } from "../holding-subjects.js";

/**
 * FS-003: a first secretary has at least the policy's years of work (two under the 2015 notice and the 2021
 * opinion), counted from the day the person started work (参加工作时间), on the day the holding began. It judges
 * every holding of a first-secretary post that covers the day (a holding that ended before it was judged on the
 * days it ran); when the start of work or of the holding is not recorded, it cannot tell.
 *
 * @category Rules
 */
export const FS_003: Rule = {
  id: "FS-003",
  group: "first-secretary",
  severity: "error",
  title: { "zh-CN": "驻村第一书记应有规定年限以上工作经历", en: "A first secretary has the required years of work experience" },
  message: {
    "zh-CN": "{subject} 驻村第一书记 {firstSecretary} 于 {workStartedOn} 参加工作，{requiredFrom} 方满 {threshold} 年工作经历，但已于 {holdingFrom} 任职",
    en: "{firstSecretary}, first secretary of {subject}, started work on {workStartedOn} and completed the required {threshold} year(s) of work only on {requiredFrom}, but took office on {holdingFrom}",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 驻村第一书记 {firstSecretary} 的参加工作时间或任职起始日期未记录，无法判断任职时是否有 {threshold} 年以上工作经历",
    en: "The day {firstSecretary}, first secretary of {subject}, started work or took office is not recorded: it cannot be told whether they had {threshold} year(s) of work",
  },
  source: RULE_SOURCES.firstSecretaryOpinion2021,
  check({ index, asOf, parameters }) {
    const threshold = parameters.firstSecretary.minWorkYears;
    return judgeEach(firstSecretaryHoldingsOn(index, asOf), ({ holding, person, subject }, outcomes) => {
      const firstSecretary = subject[1]!.name;
      const workStartedOn = person?.workStartedOn ?? null;
      const holdingFrom = holding.from ?? null;
      if (workStartedOn === null || holdingFrom === null) {
        outcomes.push({ verdict: "undetermined", subject, evidence: { firstSecretary, holdingId: holding.id, workStartedOn, holdingFrom, threshold } });
        return;
      }
      if (!outcomes.passDetails && compareYearsAfter(workStartedOn, threshold, holdingFrom) <= 0) return outcomes.pass();
      const requiredFrom = addYearsToDay(workStartedOn, threshold);
      outcomes.push({
        verdict: requiredFrom <= holdingFrom ? "pass" : "breach",
        subject,
        evidence: {
          firstSecretary,
          holdingId: holding.id,
          workStartedOn,
          holdingFrom,
          workYears: wholeYearsBetween(workStartedOn, holdingFrom),
          threshold,
          requiredFrom,
        },
      });
    });
  },
};
