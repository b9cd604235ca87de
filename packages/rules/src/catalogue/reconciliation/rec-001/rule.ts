import {
  countableRecordTypeLabels,
  labelOf,
  nameOf,
  parseQuantity,
  type CountableRecordType,
  type DatasetIndex,
  type Observation,
  type Quantity,
  type QuantityQualifier,
} from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { subjectOf } from "../../../rule/subject-of.js";
import type { RuleSource } from "../../../source/rule-source.js";

type CountedRecord = Readonly<Record<string, unknown>>;

// the qualifiers whose reach is the policy's tolerance
const LOOSE: ReadonlySet<QuantityQualifier> = new Set<QuantityQualifier>(["nearly", "about", "around"]);

interface Window {
  readonly from: string | undefined;
  readonly to: string | undefined;
}

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
 * REC-001: a reported figure is not contradicted by the records. For every observation whose indicator has a
 * derivation (`{ records, where }`), it counts the records of that collection whose fields equal every `where`
 * value and that lie within the observation's scope: for a region, records whose `regionId` (a household's
 * `villageId`) is the region or a region under it; for an organization, records whose `organizationId` or one of
 * whose `organizationIds` is the organization or one under it in the organization tree (an organization record
 * counts under its `parentId`, so under the organizations above it). Scopes of other types, or unknown, are
 * skipped. A record with a span (`from`/`to`, an organization's or host unit's `establishedOn`/`dissolvedOn`, an
 * activity's `on`) counts when the span meets the observation's `asOf` (or its `period`), compared at the precision
 * the observation gives, so a day-precise `asOf` means the records covering that day; an observation without date
 * counts every record. A figure stated with 近, 约 or 左右 is re-read with the policy's `tolerance`. More records than the figure's upper bound breach the rule (the records prove more than
 * was reported); fewer than its lower bound cannot be judged (the records may be incomplete).
 *
 * @category Rules
 */
export const REC_001: Rule = {
  id: "REC-001",
  group: "reconciliation",
  severity: "error",
  title: { "zh-CN": "报送数据不应与台账记录相矛盾", en: "A reported figure agrees with the records" },
  message: {
    "zh-CN": "{subject}：{scopeName}“{indicatorName}”报送为“{reported}”，但台账中有{recordsName}记录 {derived} 条，超出所报数字的范围（{maxText}）",
    en: "{subject}: {scopeNameEn} reports “{reported}” for {indicatorNameEn}, but the records hold {derived} {recordsNameEn}, more than the figure allows ({maxTextEn})",
  },
  undeterminedMessage: {
    "zh-CN": "{subject}：{scopeName}“{indicatorName}”报送为“{reported}”，台账中只有{recordsName}记录 {derived} 条，少于所报数字的下限 {min}，台账可能不完整，无法核对",
    en: "{subject}: {scopeNameEn} reports “{reported}” for {indicatorNameEn}, but the records hold only {derived} {recordsNameEn}, fewer than its lower bound of {min}; the records may be incomplete",
  },
  source: RECONCILIATION_SOURCE,
  *check({ index, parameters }) {
    const { tolerance } = parameters.reconciliation;
    // records by the region or organization they are placed in, per collection, built at most once each
    const groupings = new Map<string, Map<string, CountedRecord[]>>();
    const groupingOf = (records: CountableRecordType, scopeType: "region" | "organization") => {
      const key = `${scopeType}:${records}`;
      let grouping = groupings.get(key);
      if (grouping === undefined) {
        grouping = groupRecords(index, records, scopeType);
        groupings.set(key, grouping);
      }
      return grouping;
    };
    for (const observation of index.dataset.observations) {
      const indicator = index.indicatorOf(observation.indicator);
      const derivation = indicator?.derivation;
      if (indicator === undefined || derivation === undefined) continue;
      const { scope } = observation;
      if (scope.type !== "region" && scope.type !== "organization") continue;
      const tree = scope.type === "region" ? index.regionTree : index.organizationTree;
      const scopeRecord = tree.get(scope.id);
      if (scopeRecord === undefined) continue;
      const grouping = groupingOf(derivation.records, scope.type);
      const where = Object.entries(derivation.where ?? {});
      const window = windowOf(observation);
      const counted = new Set<CountedRecord>();
      for (const placeId of [scope.id, ...tree.descendantsOf(scope.id).map((record) => record.id)]) {
        for (const record of grouping.get(placeId) ?? []) {
          if (counted.has(record) || !where.every(([field, value]) => record[field] === value) || !meets(record, window)) continue;
          counted.add(record);
        }
      }
      const derived = counted.size;
      const value = reread(observation.value, tolerance);
      const above = value.max !== null && (derived > value.max || (derived === value.max && !value.maxInclusive));
      const below = value.min !== null && (derived < value.min || (derived === value.min && !value.minInclusive));
      yield {
        verdict: above ? "breach" : below ? "undetermined" : "pass",
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

// 近, 约 and 左右 re-read with the policy's tolerance; other figures as parsed
function reread(value: Quantity, tolerance: number): Quantity {
  if (value.qualifier === null || !LOOSE.has(value.qualifier)) return value;
  const result = parseQuantity(value.text, { tolerance });
  return result.ok ? result.value : value;
}

// where a record sits: the region (a household's village) or the organizations it belongs to
function placesOf(record: CountedRecord, records: CountableRecordType, scopeType: "region" | "organization"): readonly unknown[] {
  if (scopeType === "region") return [records === "households" ? record["villageId"] : record["regionId"]];
  if (records === "organizations") return [record["parentId"]];
  const many = record["organizationIds"];
  return Array.isArray(many) ? [record["organizationId"], ...many] : [record["organizationId"]];
}

function groupRecords(index: DatasetIndex, records: CountableRecordType, scopeType: "region" | "organization"): Map<string, CountedRecord[]> {
  const grouping = new Map<string, CountedRecord[]>();
  for (const record of index.dataset[records] as readonly CountedRecord[]) {
    for (const place of new Set(placesOf(record, records, scopeType))) {
      if (typeof place !== "string") continue;
      const list = grouping.get(place);
      if (list) list.push(record);
      else grouping.set(place, [record]);
    }
  }
  return grouping;
}

// the days an observation speaks of, at the precision it gives: its asOf, else its period, else every day
function windowOf(observation: Observation): Window {
  if (observation.asOf !== undefined) return { from: observation.asOf, to: observation.asOf };
  return { from: observation.period?.from, to: observation.period?.to };
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

// whether a record's span meets the window, each end compared at the precision of the window's end it faces
function meets(record: CountedRecord, window: Window): boolean {
  const from = text(record["from"]) ?? text(record["establishedOn"]) ?? text(record["on"]);
  const to = text(record["to"]) ?? text(record["dissolvedOn"]) ?? text(record["on"]);
  if (window.to !== undefined && from !== undefined && from.slice(0, window.to.length) > window.to) return false;
  if (window.from !== undefined && to !== undefined && to.slice(0, window.from.length) < window.from) return false;
  return true;
}
