import { countableRecordTypeLabels, createRecordCounter, labelOf, nameOf, reconcileObservation, type ReconciliationStatus } from "@dangjian/core";
import type { Rule, RuleVerdict } from "../../../rule/rule.js";
import { subjectOf } from "../../../rule/subject-of.js";
import type { RuleSource } from "../../../source/rule-source.js";

const VERDICTS = { consistent: "pass", inconsistent: "breach", partial: "undetermined" } as const satisfies Record<ReconciliationStatus, RuleVerdict>;

/**
 * The basis of REC-001: no regulation, but the working practice of checking reported figures against the records
 * (台账) they summarize. Confirmed in the sense that the rule takes nothing on trust: the records it counts are in
 * the dataset.
 *
 * @internal
 */
const RECONCILIATION_SOURCE: RuleSource = {
  kind: "mechanism",
  title: { "zh-CN": "报送数据与台账记录核对", en: "Reconciling reported figures with the records" },
  confidence: "confirmed",
};

/**
 * REC-001: a reported figure is not contradicted by the records. Every observation whose indicator has a
 * derivation (`{ records, where }`) and whose scope is a region or an organization is reconciled with
 * `reconcileObservation` from @dangjian/core: the records of that collection with every `where` value, within the
 * scope and meeting the observation's `asOf` or `period` at the precision given, are counted, and a figure stated
 * with 近, 约 or 左右 is re-read with the policy's `tolerance`. More records than the figure allows breach the rule
 * (the records prove more than was reported); fewer than it says cannot be judged (the records may be incomplete).
 *
 * @category Rules
 */
export const REC_001: Rule = {
  id: "REC-001",
  group: "reconciliation",
  severity: "error",
  title: { "zh-CN": "报送数据不应与台账记录相矛盾", en: "A reported figure agrees with the records" },
  message: {
    "zh-CN": "{scopeName}“{indicatorName}”报送为“{reported}”，但台账中有{recordsName}记录 {derived} 条，超出所报数字的范围（{maxText}）",
    en: "{scopeNameEn} reports “{reported}” for {indicatorNameEn}, but the records hold {derived} {recordsNameEn}, more than the figure allows ({maxTextEn})",
  },
  undeterminedMessage: {
    "zh-CN": "{scopeName}“{indicatorName}”报送为“{reported}”，台账中只有{recordsName}记录 {derived} 条，少于所报数字的下限 {min}，台账可能不完整，无法核对",
    en: "{scopeNameEn} reports “{reported}” for {indicatorNameEn}, but the records hold only {derived} {recordsNameEn}, fewer than its lower bound of {min}; the records may be incomplete",
  },
  source: RECONCILIATION_SOURCE,
  *check({ index, parameters }) {
    const { tolerance } = parameters.reconciliation;
    const counter = createRecordCounter(index);
    for (const observation of index.dataset.observations) {
      const reconciliation = reconcileObservation(index, observation, { tolerance, counter });
      if (reconciliation === undefined) continue;
      const { indicator, reported: value, derived, status } = reconciliation;
      const { scope } = observation;
      const tree = scope.type === "region" ? index.regionTree : index.organizationTree;
      const scopeRecord = tree.get(scope.id);
      if (scopeRecord === undefined) continue;
      const derivation = indicator.derivation;
      if (derivation === undefined) continue;
      const where = Object.entries(derivation.where ?? {});
      yield {
        verdict: VERDICTS[status],
        subject: [subjectOf(index, "observation", observation.id), subjectOf(index, scope.type, scope.id)],
        evidence: {
          indicator: observation.indicator,
          indicatorName: indicator.label["zh-CN"],
          indicatorNameEn: indicator.label.en,
          scope: scope.id,
          scopeName: nameOf(scopeRecord, "zh-CN"),
          scopeNameEn: nameOf(scopeRecord, "en"),
          reported: value.text,
          min: value.min,
          max: value.max,
          maxText: value.max === null ? "无上限" : value.maxInclusive ? `至多 ${value.max}` : `少于 ${value.max}`,
          maxTextEn: value.max === null ? "no upper bound" : value.maxInclusive ? `at most ${value.max}` : `fewer than ${value.max}`,
          derived,
          tolerance,
          records: derivation.records,
          recordsName: labelOf(countableRecordTypeLabels, derivation.records, "zh-CN"),
          recordsNameEn: labelOf(countableRecordTypeLabels, derivation.records, "en"),
          where: where.map(([field, value]) => `${field}=${String(value)}`),
          asOf: observation.asOf ?? null,
          periodFrom: observation.period?.from ?? null,
          periodTo: observation.period?.to ?? null,
        },
      };
    }
  },
};
