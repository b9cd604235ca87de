import { organizationKindLabels } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { electedOrganizations } from "../../elected-organizations.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { countSubtreeMembersAsOf } from "../count-subtree-members-as-of.js";

/**
 * ORG-011: in a village, only a Party committee with five hundred or more full members (a policy parameter) on the
 * day of the election, its branches' members included, may be elected by a delegates' meeting; village general
 * branches and branches are elected by the members' meeting. Judges every delegates' election of a village
 * organization held on or before the day, one outcome each. Probationary members are not counted. A committee
 * without a single membership record in the dataset, its branches' included, has its delegates' elections skipped
 * (counted in the tally's `skipped`): its size is not known.
 *
 * @category Rules
 */
export const ORG_011: Rule = {
  id: "ORG-011",
  group: "setup",
  severity: "error",
  title: {
    "zh-CN": "只有党员500人以上的村党委可以召开党员代表大会进行选举",
    en: "Only a village Party committee with five hundred or more members is elected by a delegates' meeting",
  },
  message: {
    "zh-CN": "{subject}（{kind}）于 {electionOn} 由党员代表大会选举，当日有正式党员 {fullMembers} 名；村级党组织中只有正式党员 {threshold} 名以上的村党委可以召开党员代表大会进行选举",
    en: "{subject} ({kindEn}) was elected by a delegates' meeting on {electionOn} with {fullMembers} full members that day; in a village only a Party committee with {threshold} or more full members may be elected that way",
  },
  source: RULE_SOURCES.ruralRegulations,
  check({ index, asOf, parameters }) {
    const threshold = parameters.setup.villageDelegatesMinMembers;
    let skipped = 0;
    return judgeEach(electedOrganizations(index), (organization, outcomes) => {
      if (organization.sector !== "village" || organization.elections === undefined) return;
      const kind = organizationKindLabels.labels[organization.kind];
      for (const election of organization.elections) {
        if (election.meeting !== "delegates" || election.on > asOf) continue;
        const count = countSubtreeMembersAsOf(index, organization.id, election.on);
        // only a committee's size matters, and without any membership record it is not known
        if (organization.kind === "primary-committee" && !count.recorded) {
          skipped += 1;
          continue;
        }
        outcomes.push({
          verdict: organization.kind === "primary-committee" && count.full >= threshold ? "pass" : "breach",
          subject: [subjectOfRecord("organization", organization)],
          evidence: {
            electionOn: election.on,
            fullMembers: count.full,
            probationaryMembers: count.probationary,
            threshold,
            kind: kind["zh-CN"],
            kindEn: kind.en,
          },
        });
      }
    }, () => ({ skipped }));
  },
};
