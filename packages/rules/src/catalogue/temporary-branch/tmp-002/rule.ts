import { appointmentModeLabels, isOrganizationAliveOn, labelOf, type AppointmentMode, type PostRole } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

const LEADER_ROLES: ReadonlySet<PostRole> = new Set(["secretary", "deputy-secretary", "committee-member"]);

/**
 * TMP-002: the secretary, deputy secretary and committee members of a temporary branch are designated by the
 * organization that approved it, not elected. For each temporary branch alive on the day it reads the holdings,
 * as of the day, of the branch's secretary, deputy-secretary and committee-member posts: any holding with
 * another appointment mode (elected, dispatched, appointed) is a breach; holdings without a recorded mode, or no
 * leader holdings at all, leave it undetermined.
 *
 * @category Rules
 */
export const TMP_002: Rule = {
  id: "TMP-002",
  group: "temporary-branch",
  severity: "error",
  title: {
    "zh-CN": "临时党支部书记、副书记和委员由批准其成立的党组织指定",
    en: "The leaders of a temporary branch are designated by the organization that approved it",
  },
  message: {
    "zh-CN": "{subject} 的班子成员 {leaders} 不是由批准其成立的党组织指定的（{appointments}），临时党支部书记、副书记和委员应由上级党组织指定",
    en: "The leaders {leaders} of {subject} were not designated by the organization that approved it ({appointmentsEn}); a temporary branch's secretary, deputy secretary and members are designated, not elected",
  },
  source: RULE_SOURCES.branchRegulations,
  check({ index, asOf }) {
    return judgeEach(index.organizationsOfKind("temporary-branch"), (organization, outcomes) => {
      if (!isOrganizationAliveOn(organization, asOf)) return;
      const designated: string[] = [];
      const otherwise: { holdingId: string; leader: string; appointment: AppointmentMode }[] = [];
      const unknown: { holdingId: string; leader: string }[] = [];
      for (const post of index.postsOf(organization.id)) {
        if (!LEADER_ROLES.has(post.role)) continue;
        for (const holding of index.holdersAsOf(post.id, asOf)) {
          const leader = index.people.get(holding.personId)?.name ?? holding.personId;
          if (holding.appointment === "designated") designated.push(holding.id);
          else if (holding.appointment === undefined) unknown.push({ holdingId: holding.id, leader });
          else otherwise.push({ holdingId: holding.id, leader, appointment: holding.appointment });
        }
      }
      const subject = [subjectOfRecord("organization", organization)];
      if (otherwise.length > 0) {
        outcomes.push({
          verdict: "breach",
          subject,
          evidence: {
            leaders: otherwise.map((entry) => entry.leader),
            appointmentModes: otherwise.map((entry) => entry.appointment),
            appointments: otherwise.map((entry) => labelOf(appointmentModeLabels, entry.appointment, "zh-CN")),
            appointmentsEn: otherwise.map((entry) => labelOf(appointmentModeLabels, entry.appointment, "en")),
            holdingIds: otherwise.map((entry) => entry.holdingId),
            designatedHoldingIds: designated,
          },
        });
      } else if (unknown.length > 0 || designated.length === 0) {
        outcomes.push({
          verdict: "undetermined",
          subject,
          evidence: { leadersWithoutAppointment: unknown.map((entry) => entry.leader), holdingIds: unknown.map((entry) => entry.holdingId), designatedHoldingIds: designated },
        });
      } else {
        outcomes.push({ verdict: "pass", subject, evidence: { designatedHoldingIds: designated } });
      }
    });
  },
};
