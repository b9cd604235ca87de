import { isOrganizationAliveOn, REGION_LEVELS, regionLevelLabels } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { countVillageSubtreeMembers } from "../village-subtree-members.js";

const COUNTY_RANK = REGION_LEVELS.indexOf("county");

/**
 * ORG-010: a village Party committee has at least one hundred full members (a policy parameter), its branches'
 * members included, and was approved by a county-level Party committee. The approver's level is the level of its
 * region; an approver at county level or above counts, one below does not. When the approver or its level is not
 * recorded, the rule cannot tell (unless the membership alone breaks it). Probationary members are not counted. When
 * the dataset holds no membership record for the committee or its branches, only the approval is judged: a
 * committee approved below county level breaks the rule, any other is skipped (counted in the tally's `skipped`).
 *
 * @category Rules
 */
export const ORG_010: Rule = {
  id: "ORG-010",
  group: "setup",
  severity: "error",
  title: {
    "zh-CN": "村党委在党员100人以上的村经县级党委批准设立",
    en: "A village Party committee has at least one hundred full members and county approval",
  },
  message: {
    "zh-CN": "{subject} 不符合设立村党委的条件：{problems}",
    en: "{subject} does not meet the conditions of a village Party committee: {problemsEn}",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 有正式党员 {fullMembers} 名，但批准组织未记录或其所在区域层级不明，无法判断是否经县级党委批准",
    en: "{subject} has {fullMembers} full members, but its approving organization or that organization's level is not recorded: county-level approval cannot be checked",
  },
  source: RULE_SOURCES.ruralRegulations,
  check({ index, asOf, parameters }) {
    const threshold = parameters.setup.villageCommitteeMinMembers;
    let skipped = 0;
    return judgeEach(index.organizationsOfKind("primary-committee"), (organization, outcomes) => {
      if (organization.sector !== "village" || !isOrganizationAliveOn(organization, asOf)) return;
      const count = countVillageSubtreeMembers(index, organization, asOf);
      const approver = organization.approvedById === undefined ? undefined : index.organizations.get(organization.approvedById);
      const approvedBy = approver?.shortName ?? approver?.name ?? organization.approvedById ?? null;
      const level = approver?.regionId === undefined ? undefined : index.regions.get(approver.regionId)?.level;
      const approvedAtCounty = level === undefined ? undefined : REGION_LEVELS.indexOf(level) <= COUNTY_RANK;
      const problems: string[] = [];
      const problemsEn: string[] = [];
      // without any membership record the size is not known, only the approval can be judged
      if (count.recorded && count.full < threshold) {
        problems.push(`正式党员 ${count.full} 名，少于 ${threshold} 名`);
        problemsEn.push(`${count.full} full members, fewer than ${threshold}`);
      }
      if (level !== undefined && approvedAtCounty === false) {
        const label = regionLevelLabels.labels[level];
        problems.push(`由 ${approvedBy ?? ""}（${label["zh-CN"]}）批准，未经县级党委批准`);
        problemsEn.push(`approved by ${approvedBy ?? ""} (${label.en}), not by a county-level committee`);
      }
      if (!count.recorded && problems.length === 0) {
        skipped += 1;
        return;
      }
      outcomes.push({
        verdict: problems.length > 0 ? "breach" : approvedAtCounty === undefined ? "undetermined" : "pass",
        subject: [subjectOfRecord("organization", organization)],
        evidence: {
          fullMembers: count.recorded ? count.full : null,
          probationaryMembers: count.recorded ? count.probationary : null,
          threshold,
          approvedBy,
          approverLevel: level ?? null,
          problems: problems.join("；"),
          problemsEn: problemsEn.join("; "),
        },
      });
    }, () => ({ skipped }));
  },
};
