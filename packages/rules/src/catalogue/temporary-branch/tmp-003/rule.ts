import { activityKindLabels, isOrganizationAliveOn, labelOf, type Activity, type ActivityKind } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

const FORBIDDEN_KINDS: ReadonlySet<ActivityKind> = new Set(["recruitment", "discipline", "dues-collection", "election"]);

/**
 * TMP-003: a temporary branch generally does not admit members, discipline members, collect dues or hold
 * elections. For each temporary branch alive on the day, the activities of those kinds it carried out
 * (`organizationIds`) that began on or before the day, and the elections it records on or before the day, are a
 * breach. An activity without any date cannot be placed before the day: alone it leaves the branch undetermined.
 * The activities are grouped by organization once per check.
 *
 * @category Rules
 */
export const TMP_003: Rule = {
  id: "TMP-003",
  group: "temporary-branch",
  severity: "error",
  title: {
    "zh-CN": "临时党支部不发展党员、不处分处置党员、不收缴党费、不进行换届选举",
    en: "A temporary branch does not admit or discipline members, collect dues or hold elections",
  },
  message: {
    "zh-CN": "{subject} 是临时党支部，不得发展党员、处分处置党员、收缴党费或进行换届选举，却记有此类活动 {forbiddenCount} 项（{kinds}）",
    en: "{subject} is a temporary branch, which may not admit or discipline members, collect dues or hold elections, yet {forbiddenCount} such activities are recorded ({kindsEn})",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 记有未注明日期的发展党员、处分处置党员、收缴党费或换届选举活动（{undatedActivityIds}），无法判断是否发生在评估日之前",
    en: "{subject} records undated admissions, disciplinary actions, dues collections or elections ({undatedActivityIds}); it cannot be told whether they came before the day evaluated",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf }) {
    const dated = new Map<string, Activity[]>();
    const undated = new Map<string, Activity[]>();
    const activityRecords = index.dataset.activities;
    for (let i = 0; i < activityRecords.length; i++) {
      const activity = activityRecords[i]!;
      if (!FORBIDDEN_KINDS.has(activity.kind) || activity.organizationIds === undefined) continue;
      const start = activity.on ?? activity.from;
      if (start !== undefined && start > asOf) continue;
      const group = start !== undefined || (activity.to !== undefined && activity.to <= asOf) ? dated : undated;
      for (const organizationId of activity.organizationIds) {
        if (index.organizations.get(organizationId)?.kind !== "temporary-branch") continue;
        const list = group.get(organizationId);
        if (list) list.push(activity);
        else group.set(organizationId, [activity]);
      }
    }
    return judgeEach(index.organizationsOfKind("temporary-branch"), (organization, outcomes) => {
      if (!isOrganizationAliveOn(organization, asOf)) return;
      const activities = dated.get(organization.id) ?? [];
      const electionDays = (organization.elections ?? []).map((election) => election.on).filter((day) => day <= asOf);
      const subject = [subjectOfRecord("organization", organization)];
      if (activities.length > 0 || electionDays.length > 0) {
        const kinds = [...new Set<ActivityKind>([...activities.map((activity) => activity.kind), ...(electionDays.length > 0 ? (["election"] as const) : [])])];
        outcomes.push({
          verdict: "breach",
          subject,
          evidence: {
            forbiddenCount: activities.length + electionDays.length,
            activityIds: activities.map((activity) => activity.id),
            activityKinds: activities.map((activity) => activity.kind),
            electionDays,
            kinds: kinds.map((kind) => labelOf(activityKindLabels, kind, "zh-CN")),
            kindsEn: kinds.map((kind) => labelOf(activityKindLabels, kind, "en")),
          },
        });
        return;
      }
      const uncertain = undated.get(organization.id);
      if (uncertain !== undefined) {
        outcomes.push({ verdict: "undetermined", subject, evidence: { undatedActivityIds: uncertain.map((activity) => activity.id) } });
        return;
      }
      outcomes.push({ verdict: "pass", subject, evidence: { forbiddenCount: 0 } });
    });
  },
};
