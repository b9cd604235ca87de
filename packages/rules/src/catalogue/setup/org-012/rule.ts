import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOf, subjectOfRecord } from "../../../rule/subject-of.js";
import { addYearsToDay, compareYearsAfter } from "../../../day/add-years-to-day.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { BRANCH_KINDS } from "../branch-kinds.js";
import { secretaryHoldingsOn } from "../../secretary-holdings.js";

/**
 * ORG-012: a branch secretary generally has at least a year of Party standing (a policy parameter), counted from
 * conversion to full membership, on the day the secretaryship began. Judges every holder, on the day, of a
 * secretary seat of a branch or joint branch; when the standing or the start of the holding is not recorded, the
 * rule cannot tell.
 *
 * @category Rules
 */
export const ORG_012: Rule = {
  id: "ORG-012",
  group: "setup",
  severity: "warning",
  title: { "zh-CN": "党支部书记一般应有1年以上党龄", en: "A branch secretary has at least a year of Party standing" },
  message: {
    "zh-CN": "{subject} 书记 {secretary} 于 {fullMemberSince} 转为正式党员，{holdingFrom} 任职时党龄不满 {threshold} 年（满 {threshold} 年之日为 {requiredFrom}）",
    en: "{secretary}, secretary of {subject}, became a full member on {fullMemberSince} and took office on {holdingFrom}, before reaching the {threshold}-year minimum of Party standing on {requiredFrom}",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 书记 {secretary} 的转正日期或任职起始日期未记录，无法判断任职时党龄是否满 {threshold} 年",
    en: "The day {secretary}, secretary of {subject}, became a full member or took office is not recorded: it cannot be told whether the Party standing reached the {threshold}-year minimum",
  },
  source: { ...RULE_SOURCES.branchRegulations, article: "第二十三条" },
  check({ index, asOf, parameters }) {
    const threshold = parameters.setup.secretaryMinStandingYears;
    // from the secretary seats held that day rather than from every branch: most branches of a large dataset have none
    return judgeEach(secretaryHoldingsOn(index, asOf), ({ organization, holding }, outcomes) => {
      if (!BRANCH_KINDS.has(organization.kind)) return;
      // the standing from the index, which finds the person and their memberships by one lookup
      const fullMemberSince = index.fullMemberSince(holding.personId);
      if (!outcomes.passDetails && fullMemberSince !== undefined && holding.from !== undefined && compareYearsAfter(fullMemberSince, threshold, holding.from) <= 0) return outcomes.pass();
      const secretary = index.people.get(holding.personId);
      const requiredFrom = fullMemberSince === undefined ? undefined : addYearsToDay(fullMemberSince, threshold);
      const person = secretary === undefined ? subjectOf(index, "person", holding.personId) : subjectOfRecord("person", secretary);
      const subject = [subjectOfRecord("organization", organization), person];
      if (fullMemberSince === undefined || requiredFrom === undefined || holding.from === undefined) {
        outcomes.push({ verdict: "undetermined", subject, evidence: { secretary: person.name, fullMemberSince: fullMemberSince ?? null, holdingFrom: holding.from ?? null, threshold } });
        return;
      }
      outcomes.push({
        verdict: requiredFrom <= holding.from ? "pass" : "breach",
        subject,
        evidence: { secretary: person.name, fullMemberSince, holdingFrom: holding.from, requiredFrom, threshold },
      });
    });
  },
};
