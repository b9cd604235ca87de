import type { DatasetIndex } from "../dataset-index/dataset-index.js";
import type { CountableRecordType, Derivation } from "../indicator/indicator.js";
import type { ObservationScope } from "../observation/observation.js";
import { windowsMeet, type DateWindow } from "./date-window.js";

type CountedRecord = Readonly<Record<string, unknown>>;

/**
 * Counts the records a derivation selects within a scope and a window; made by {@link createRecordCounter}.
 *
 * @category Reconciliation
 */
export interface RecordCounter {
  /**
   * The number of records of `derivation.records` whose fields equal every `where` value, that lie within the
   * scope, and whose span meets the window.
   *
   * @param derivation - which records, with which field values
   * @param scope - a region or an organization (other scope types cannot be counted)
   * @param window - the days the figure speaks of; every day when omitted
   * @returns the count, or undefined when the scope's type cannot be counted or its record is unknown
   */
  count(derivation: Derivation, scope: ObservationScope, window?: DateWindow): number | undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

// the days a record exists or happens: from/to, an organization's or host unit's establishment, an activity's day
function spanOf(record: CountedRecord): DateWindow {
  return {
    from: text(record["from"]) ?? text(record["establishedOn"]) ?? text(record["on"]),
    to: text(record["to"]) ?? text(record["dissolvedOn"]) ?? text(record["on"]),
  };
}

// where a record sits: its region (a household's village), or the organizations it belongs to
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

/**
 * Makes a counter of derived figures over an index. A record lies within a region scope when its `regionId` (a
 * household's `villageId`) is the region or a region under it; within an organization scope when its
 * `organizationId`, or one of its `organizationIds`, is the organization or one under it (an organization
 * record counts under its `parentId`, so under the organizations above it). A record with a span (`from`/`to`,
 * an organization's or host unit's `establishedOn`/`dissolvedOn`, an activity's `on`) counts when the span meets
 * the window (see {@link windowsMeet}); a record without one always does. Each record counts once.
 *
 * The records of each collection are grouped by place once, on first use, so counting many figures costs one
 * pass per collection plus what each scope holds.
 *
 * @param index - the dataset's index
 * @returns the counter
 * @example
 * ```ts
 * const counter = createRecordCounter(index);
 * counter.count({ records: "sites", where: { kind: "vanguard-post" } }, { type: "region", id: "630000" }, { to: "2022" });
 * ```
 * @category Reconciliation
 */
export function createRecordCounter(index: DatasetIndex): RecordCounter {
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
  return {
    count(derivation, scope, window = {}) {
      if (scope.type !== "region" && scope.type !== "organization") return undefined;
      const tree = scope.type === "region" ? index.regionTree : index.organizationTree;
      if (tree.get(scope.id) === undefined) return undefined;
      const grouping = groupingOf(derivation.records, scope.type);
      const where = Object.entries(derivation.where ?? {});
      const counted = new Set<CountedRecord>();
      for (const placeId of [scope.id, ...tree.descendantsOf(scope.id).map((record) => record.id)]) {
        for (const record of grouping.get(placeId) ?? []) {
          if (counted.has(record) || !where.every(([field, value]) => record[field] === value) || !windowsMeet(spanOf(record), window)) continue;
          counted.add(record);
        }
      }
      return counted.size;
    },
  };
}
