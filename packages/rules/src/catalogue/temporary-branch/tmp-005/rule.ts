import { addMonths, differenceInMonths, format, parseISO } from "date-fns";
import { isOrganizationAliveOn, nameOf, type OrganizationKind, type PartyOrganization } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf, subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

const REGULAR_KINDS: ReadonlySet<OrganizationKind> = new Set(["branch", "general-branch", "primary-committee"]);

/**
 * TMP-005: a project or task lasting the set number of months or more (6) should, where conditions allow, have a
 * regular branch rather than only a temporary one. For each temporary branch alive on the day whose task body
 * is still running on the day, the body's span runs from its establishment to its dissolution (a planned one
 * included) or, while open-ended, to the day; when it reaches the threshold and no organization of kind branch,
 * general branch or primary committee alive on the day lists the body among its host units, it warns. A body
 * already dissolved needs no regular branch (TMP-004 speaks); an unknown start or task body is undetermined.
 *
 * @category Rules
 */
export const TMP_005: Rule = {
  id: "TMP-005",
  group: "temporary-branch",
  severity: "warning",
  title: {
    "zh-CN": "持续时间较长的项目具备条件的应成立正式党支部",
    en: "A long-running task should have a regular branch where conditions allow",
  },
  message: {
    "zh-CN":
      "{subject} 所服务的 {taskBody} 自 {taskBodyEstablishedOn} 起持续 {months} 个月，达到 {regularBranchMinProjectMonths} 个月以上，具备条件的应成立正式党支部，而不只设临时党支部",
    en: "{subject} serves {taskBodyEn}, which runs {months} months from {taskBodyEstablishedOn}, at least the {regularBranchMinProjectMonths} months from which a task should have a regular branch where conditions allow, yet it has only a temporary one",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 未记载所服务的临时组建机构或其成立日期，无法判断任务是否持续 {regularBranchMinProjectMonths} 个月以上",
    en: "{subject} records no task body or no start for it, so it cannot be told whether the task runs {regularBranchMinProjectMonths} months or more",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf, parameters }) {
    const threshold = parameters.temporaryBranch.regularBranchMinProjectMonths;
    let regularByUnit: Map<string, string> | undefined;
    return judgeEach(index.organizationsOfKind("temporary-branch"), (organization, outcomes) => {
      if (!isOrganizationAliveOn(organization, asOf)) return;
      const subject = [subjectOfRecord("organization", organization)];
      const { taskBodyId } = organization;
      const body = taskBodyId === undefined ? undefined : index.hostUnits.get(taskBodyId);
      if (taskBodyId === undefined || body === undefined) {
        outcomes.push({ verdict: "undetermined", subject, evidence: { taskBodyId: taskBodyId ?? null, regularBranchMinProjectMonths: threshold } });
        return;
      }
      if (body.dissolvedOn !== undefined && body.dissolvedOn < asOf) return;
      subject.push(subjectOf(index, "host-unit", taskBodyId));
      if (body.establishedOn === undefined) {
        outcomes.push({ verdict: "undetermined", subject, evidence: { taskBodyId, taskBodyEstablishedOn: null, regularBranchMinProjectMonths: threshold } });
        return;
      }
      const until = body.dissolvedOn ?? asOf;
      const start = parseISO(body.establishedOn);
      const evidence = {
        taskBodyId,
        taskBody: nameOf(body, "zh-CN"),
        taskBodyEn: nameOf(body, "en"),
        taskBodyEstablishedOn: body.establishedOn,
        until,
        months: differenceInMonths(parseISO(until), start),
        regularBranchMinProjectMonths: threshold,
      };
      if (format(addMonths(start, threshold), "yyyy-MM-dd") > until) {
        outcomes.push({ verdict: "pass", subject, evidence });
        return;
      }
      regularByUnit ??= regularOrganizationsByUnit(index.dataset.organizations, (organization) => isOrganizationAliveOn(organization, asOf));
      const regularOrganizationId = regularByUnit.get(taskBodyId);
      if (regularOrganizationId !== undefined) outcomes.push({ verdict: "pass", subject, evidence: { ...evidence, regularOrganizationId } });
      else outcomes.push({ verdict: "breach", subject, evidence });
    });
  },
};

// built once, and only when some long task needs it
function regularOrganizationsByUnit(
  organizations: readonly PartyOrganization[],
  isAlive: (organization: PartyOrganization) => boolean,
): Map<string, string> {
  const byUnit = new Map<string, string>();
  for (let i = 0; i < organizations.length; i++) {
    const organization = organizations[i]!;
    if (!REGULAR_KINDS.has(organization.kind) || organization.hostUnitIds === undefined || !isAlive(organization)) continue;
    for (const unitId of organization.hostUnitIds) if (!byUnit.has(unitId)) byUnit.set(unitId, organization.id);
  }
  return byUnit;
}
