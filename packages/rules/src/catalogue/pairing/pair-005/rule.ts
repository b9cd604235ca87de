import { coversDay, isOrganizationAliveOn, nameOf, pairingKindLabels, labelOf } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

/**
 * PAIR-005: a pairing running on the day still has its helper: a helping Party organization or host unit exists
 * on the day (from its establishment to its dissolution). People carry no end date in the model, so pairings with
 * a person as helper are not judged.
 *
 * @category Rules
 */
export const PAIR_005: Rule = {
  id: "PAIR-005",
  group: "pairing",
  severity: "error",
  title: { "zh-CN": "结对关系的帮扶方应仍然存在", en: "A running pairing's helper still exists" },
  message: {
    "zh-CN": "结对关系 {subject}（{kindName}）截至 {asOf} 仍在有效期内，但帮扶方 {helper}{helperStatus}，应调整结对",
    en: "Pairing {subject} ({kindNameEn}) still runs on {asOf}, but its helper {helperEn} {helperStatusEn}; the pairing should be reassigned",
  },
  source: RULE_SOURCES.oneLinkTwoHelps,
  check({ index, asOf }) {
    return judgeEach(index.dataset.pairings, (pairing, outcomes) => {
      const { helper } = pairing;
      if ((helper.type !== "organization" && helper.type !== "host-unit") || !coversDay(pairing, asOf)) return;
      const record = helper.type === "organization" ? index.organizations.get(helper.id) : index.hostUnits.get(helper.id);
      if (record === undefined) return;
      const alive = isOrganizationAliveOn(record, asOf);
      if (alive && !outcomes.passDetails) return outcomes.pass();
      const subject = [subjectOfRecord("pairing", pairing), subjectOfRecord(helper.type, record)];
      const evidence = {
        asOf,
        kind: pairing.kind,
        helperType: helper.type,
        helperId: helper.id,
        helperEstablishedOn: record.establishedOn ?? null,
        helperDissolvedOn: record.dissolvedOn ?? null,
      };
      if (alive) {
        outcomes.push({ verdict: "pass", subject, evidence });
        return;
      }
      const notYet = record.establishedOn !== undefined && asOf < record.establishedOn;
      outcomes.push({
        verdict: "breach",
        subject,
        evidence: {
          ...evidence,
          kindName: labelOf(pairingKindLabels, pairing.kind, "zh-CN"),
          kindNameEn: labelOf(pairingKindLabels, pairing.kind, "en"),
          helper: nameOf(record, "zh-CN"),
          helperEn: nameOf(record, "en"),
          helperStatus: notYet ? `于 ${record.establishedOn ?? ""} 才成立` : `已于 ${record.dissolvedOn ?? ""} 撤销`,
          helperStatusEn: notYet ? `was only established on ${record.establishedOn ?? ""}` : `was dissolved on ${record.dissolvedOn ?? ""}`,
        },
      });
    });
  },
};
