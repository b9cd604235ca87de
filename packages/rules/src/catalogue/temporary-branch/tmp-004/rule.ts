import { differenceInCalendarDays, parseISO } from "date-fns";
import { nameOf } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf, subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

/**
 * TMP-004: a temporary branch is dissolved with the task body it serves. It looks at every temporary branch
 * established on or before the day, alive or already dissolved (a dissolved branch is not alive, yet may have
 * outlived its body): when the task body (`taskBodyId`) was dissolved on or before the day, the branch must
 * have been dissolved no later than the body; living on after it is a breach, counted in days up to the
 * branch's dissolution or the day. A body still running passes; a branch without a task body is undetermined.
 *
 * @category Rules
 */
export const TMP_004: Rule = {
  id: "TMP-004",
  group: "temporary-branch",
  severity: "error",
  title: { "zh-CN": "临时党支部随临时组建机构的撤销而撤销", en: "A temporary branch is dissolved with the task body it serves" },
  message: {
    "zh-CN": "{subject} 所服务的 {taskBody} 已于 {taskBodyDissolvedOn} 撤销，临时党支部应随之撤销，却又存续了 {daysBeyond} 天",
    en: "{subject} serves {taskBodyEn}, which was dissolved on {taskBodyDissolvedOn}; a temporary branch ends with its task body, yet it lived on {daysBeyond} days after",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 未记载所服务的临时组建机构，无法判断其是否随该机构撤销",
    en: "{subject} records no task body, so it cannot be told whether it ended with one",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf }) {
    return judgeEach(index.organizationsOfKind("temporary-branch"), (organization, outcomes) => {
      if (organization.establishedOn !== undefined && organization.establishedOn > asOf) return;
      const subject = [subjectOfRecord("organization", organization)];
      const { taskBodyId, dissolvedOn } = organization;
      const body = taskBodyId === undefined ? undefined : index.hostUnits.get(taskBodyId);
      if (taskBodyId === undefined || body === undefined) {
        outcomes.push({ verdict: "undetermined", subject, evidence: { taskBodyId: taskBodyId ?? null } });
        return;
      }
      subject.push(subjectOf(index, "host-unit", taskBodyId));
      const bodyEnded = body.dissolvedOn !== undefined && body.dissolvedOn <= asOf;
      if (!bodyEnded || (dissolvedOn !== undefined && dissolvedOn <= body.dissolvedOn!)) {
        outcomes.push({ verdict: "pass", subject, evidence: { taskBodyId, taskBodyDissolvedOn: body.dissolvedOn ?? null, dissolvedOn: dissolvedOn ?? null } });
        return;
      }
      const livedUntil = dissolvedOn !== undefined && dissolvedOn < asOf ? dissolvedOn : asOf;
      outcomes.push({
        verdict: "breach",
        subject,
        evidence: {
          taskBodyId,
          taskBody: nameOf(body, "zh-CN"),
          taskBodyEn: nameOf(body, "en"),
          taskBodyDissolvedOn: body.dissolvedOn!,
          dissolvedOn: dissolvedOn ?? null,
          daysBeyond: differenceInCalendarDays(parseISO(livedUntil), parseISO(body.dissolvedOn!)),
        },
      });
    });
  },
};
