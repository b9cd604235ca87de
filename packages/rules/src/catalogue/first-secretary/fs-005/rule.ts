import { coversDay } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { workTeamSeats } from "../posts-by-region.js";

/**
 * FS-005: the work team of a village with a first secretary on the day has between the policy's smallest and
 * largest size (three to five by default: at least three under the 2017 guidance; at most five is a local rule,
 * a documented default). The team is everyone who holds, on the day, a first-secretary, work-team-leader or
 * work-team-member post whose region is the village, each person once (a first secretary who also leads the team
 * counts once). Villages without a first secretary on the day are not judged.
 *
 * @category Rules
 */
export const FS_005: Rule = {
  id: "FS-005",
  group: "first-secretary",
  severity: "warning",
  title: { "zh-CN": "驻村工作队人数应符合规定", en: "A village work team has the required size" },
  message: {
    "zh-CN": "{subject} 驻村工作队（含第一书记）截至 {asOf} 共 {teamSize} 人，不在 {teamMinSize} 至 {teamMaxSize} 人的规定范围内",
    en: "The work team of {subject}, its first secretary included, has {teamSize} members on {asOf}, outside the required {teamMinSize} to {teamMaxSize}",
  },
  source: RULE_SOURCES.workTeamGuidance2017,
  check({ index, asOf, parameters }) {
    const { teamMinSize, teamMaxSize } = parameters.firstSecretary;
    return judgeEach(workTeamSeats(index).regions, ({ regionId, seats }, outcomes) => {
      // a team is a handful of people: a list finds repeats without a Set per village
      const members: string[] = [];
      let hasFirstSecretary = false;
      for (const { post, holdings } of seats) {
        for (const holding of holdings) {
          if (!coversDay(holding, asOf)) continue;
          if (!members.includes(holding.personId)) members.push(holding.personId);
          if (post.role === "first-secretary") hasFirstSecretary = true;
        }
      }
      if (!hasFirstSecretary) return;
      const teamSize = members.length;
      if (teamSize >= teamMinSize && teamSize <= teamMaxSize && !outcomes.passDetails) return outcomes.pass();
      const subject = [subjectOf(index, "region", regionId)];
      if (teamSize >= teamMinSize && teamSize <= teamMaxSize) {
        outcomes.push({ verdict: "pass", subject, evidence: { asOf, teamSize, teamMinSize, teamMaxSize } });
        return;
      }
      outcomes.push({
        verdict: "breach",
        subject,
        evidence: {
          asOf,
          teamSize,
          teamMinSize,
          teamMaxSize,
          members: members.map((personId) => index.people.get(personId)?.name ?? personId),
          personIds: members,
        },
      });
    });
  },
};
