import { fullMemberSinceOf } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { addYearsToDay } from "../../../day/add-years-to-day.js";
import { wholeYearsBetween } from "../../../day/day-arithmetic.js";
import { firstSecretaryHoldingsOn } from "../holding-subjects.js";

/**
 * FS-002: a first secretary is a full Party member with at least the policy's years of Party standing (one year
 * under the 2021 opinion), counted from conversion to full membership, on the day the holding began. It judges
 * every holding of a first-secretary post that covers the day (a holding that ended before it was judged on the
 * days it ran); when the day of conversion or the start of the holding is not recorded, it cannot tell. With no
 * years required (the 2015 policy sets 0) the holder must still have been a full member when the holding began.
 *
 * @category Rules
 */
export const FS_002: Rule = {
  id: "FS-002",
  group: "first-secretary",
  severity: "error",
  title: {
    "zh-CN": "驻村第一书记应为正式党员且党龄满规定年限",
    en: "A first secretary is a full member with the required years of Party standing",
  },
  message: {
    "zh-CN": "{subject} 驻村第一书记 {firstSecretary} 于 {fullMemberSince} 转为正式党员，{requiredFrom} 方满 {threshold} 年党龄，但已于 {holdingFrom} 任职",
    en: "{firstSecretary}, first secretary of {subject}, became a full member on {fullMemberSince} and completed the required {threshold} year(s) of Party standing only on {requiredFrom}, but took office on {holdingFrom}",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 驻村第一书记 {firstSecretary} 的转正日期或任职起始日期未记录，无法判断任职时是否为党龄满 {threshold} 年的正式党员",
    en: "The day {firstSecretary}, first secretary of {subject}, became a full member or took office is not recorded: it cannot be told whether they had {threshold} year(s) of standing as a full member",
  },
  source: RULE_SOURCES.firstSecretaryOpinion2021,
  check({ index, asOf, parameters }) {
    const threshold = parameters.firstSecretary.minStandingYears;
    return judgeEach(firstSecretaryHoldingsOn(index, asOf), ({ holding, person, subject }, outcomes) => {
      const firstSecretary = subject[1]!.name;
      const fullMemberSince = fullMemberSinceOf(person, index.membershipsOfPerson(holding.personId)) ?? null;
      const holdingFrom = holding.from ?? null;
      if (fullMemberSince === null || holdingFrom === null) {
        outcomes.push({ verdict: "undetermined", subject, evidence: { firstSecretary, holdingId: holding.id, fullMemberSince, holdingFrom, threshold } });
        return;
      }
      const requiredFrom = addYearsToDay(fullMemberSince, threshold);
      outcomes.push({
        verdict: requiredFrom <= holdingFrom ? "pass" : "breach",
        subject,
        evidence: {
          firstSecretary,
          holdingId: holding.id,
          fullMemberSince,
          holdingFrom,
          fullMemberWhenAppointed: fullMemberSince <= holdingFrom,
          standingYears: wholeYearsBetween(fullMemberSince, holdingFrom),
          threshold,
          requiredFrom,
        },
      });
    });
  },
};
