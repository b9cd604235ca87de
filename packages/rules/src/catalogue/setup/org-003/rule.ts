import { isOrganizationAliveOn } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf, subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

/**
 * ORG-003: a unit in a joint branch that has three full members of its own (a policy parameter) sets up a branch
 * of its own. A unit's full members are the joint branch's full members who work in it (`employerUnitId`);
 * probationary members are not counted. When full members whose workplace is not recorded could bring a unit to
 * the threshold, the rule cannot tell. A joint branch without a single membership record in the dataset is skipped,
 * each of its units counted in the tally's `skipped`: its members are not recorded.
 *
 * @category Rules
 */
export const ORG_003: Rule = {
  id: "ORG-003",
  group: "setup",
  severity: "error",
  title: {
    "zh-CN": "正式党员3人以上的单位应单独成立党支部",
    en: "A unit with three or more full members sets up its own branch",
  },
  message: {
    "zh-CN": "{subject} 中的 {unit} 有正式党员 {fullMembers} 名，达到 {threshold} 名，应当单独成立党支部",
    en: "{unit} in {subject} has {fullMembers} full members, at least the {threshold} that call for a branch of its own",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 中的 {unit} 已知有正式党员 {fullMembers} 名，另有 {unknownWorkplace} 名正式党员未记录工作单位，无法判断是否达到单独成立党支部所需的 {threshold} 名",
    en: "{unit} in {subject}: known full members {fullMembers}, full members of the branch with no recorded workplace {unknownWorkplace}; it cannot be told whether the unit reaches the {threshold} full members that call for a branch of its own",
  },
  source: { ...RULE_SOURCES.partyConstitution, article: "第三十条" },
  check({ index, asOf, parameters }) {
    const threshold = parameters.setup.branchMinFullMembers;
    let skipped = 0;
    return judgeEach(index.organizationsOfKind("joint-branch"), (organization, outcomes) => {
      if (!organization.hostUnitIds?.length || !isOrganizationAliveOn(organization, asOf)) return;
      const unitIds = [...new Set(organization.hostUnitIds)].filter((unitId) => {
        const unit = index.hostUnits.get(unitId);
        return unit === undefined || isOrganizationAliveOn(unit, asOf);
      });
      if (index.membershipsOf(organization.id).length === 0) {
        skipped += unitIds.length;
        return;
      }
      const fullMembersByUnit = new Map<string, Set<string>>();
      const unknownWorkplace = new Set<string>();
      for (const membership of index.membersAsOf(organization.id, asOf)) {
        if (membership.status !== "full") continue;
        const unitId = index.people.get(membership.personId)?.employerUnitId;
        if (unitId === undefined) unknownWorkplace.add(membership.personId);
        else {
          const people = fullMembersByUnit.get(unitId);
          if (people) people.add(membership.personId);
          else fullMembersByUnit.set(unitId, new Set([membership.personId]));
        }
      }
      const organizationSubject = subjectOfRecord("organization", organization);
      for (const unitId of unitIds) {
        const fullMembers = fullMembersByUnit.get(unitId)?.size ?? 0;
        const unitSubject = subjectOf(index, "host-unit", unitId);
        outcomes.push({
          verdict: fullMembers >= threshold ? "breach" : fullMembers + unknownWorkplace.size >= threshold ? "undetermined" : "pass",
          subject: [organizationSubject, unitSubject],
          evidence: { unit: unitSubject.name, fullMembers, threshold, unknownWorkplace: unknownWorkplace.size },
        });
      }
    }, () => ({ skipped }));
  },
};
