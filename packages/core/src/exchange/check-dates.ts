import type { LocalizedText } from "../label/localized-text.js";
import type { CollectionName, RecordOf } from "./dataset.js";
import type { DraftRecord } from "./draft.js";
import { raise, type IntegrityState } from "./integrity-state.js";

const DATE_LABELS = {
  from: { "zh-CN": "起始日期", en: "start date" },
  to: { "zh-CN": "终止日期", en: "end date" },
  on: { "zh-CN": "日期", en: "date" },
  establishedOn: { "zh-CN": "成立日期", en: "establishment date" },
  dissolvedOn: { "zh-CN": "撤销日期", en: "dissolution date" },
  approvedOn: { "zh-CN": "批准日期", en: "approval date" },
} as const satisfies Record<string, LocalizedText>;

type DateField = keyof typeof DATE_LABELS;

const NESTED_LABELS = {
  affiliations: { "zh-CN": "历史隶属", en: "affiliation" },
  formerNames: { "zh-CN": "曾用名", en: "former name" },
  designations: { "zh-CN": "认定", en: "designation" },
  period: { "zh-CN": "统计期", en: "period" },
} as const satisfies Record<string, LocalizedText>;

type Nested = keyof typeof NESTED_LABELS | "";

function label(field: DateField, nested: Nested, index: number): LocalizedText {
  const own = DATE_LABELS[field];
  if (nested === "") return own;
  const outer = NESTED_LABELS[nested];
  const ordinalZh = index >= 0 ? `（第 ${index + 1} 条）` : "";
  const ordinalEn = index >= 0 ? ` ${index + 1}` : "";
  return { "zh-CN": `${outer["zh-CN"]}${ordinalZh}的${own["zh-CN"]}`, en: `${own.en} of ${outer.en}${ordinalEn}` };
}

// partial dates (YYYY, YYYY-MM) are compared at the precision both have: 2022 is not after 2022-05
function after(earlier: string, later: string): boolean {
  const length = Math.min(earlier.length, later.length);
  return length === earlier.length && length === later.length ? earlier > later : earlier.slice(0, length) > later.slice(0, length);
}

function order(
  state: IntegrityState,
  collection: CollectionName,
  entry: DraftRecord,
  earlierField: DateField,
  earlier: string | undefined,
  laterField: DateField,
  later: string | undefined,
  nested: Nested = "",
  index = -1,
): void {
  if (earlier === undefined || later === undefined || !after(earlier, later)) return;
  const earlierLabel = label(earlierField, nested, index);
  const laterLabel = label(laterField, nested, index);
  const tail: PropertyKey[] = nested === "" ? [laterField] : index >= 0 ? [nested, index, laterField] : [nested, laterField];
  raise(state, "record.dates_out_of_order", collection, entry, tail, {
    earlier,
    later,
    earlierFieldName: earlierField,
    laterFieldName: laterField,
    earlierField: earlierLabel["zh-CN"],
    earlierFieldEn: earlierLabel.en,
    laterField: laterLabel["zh-CN"],
    laterFieldEn: laterLabel.en,
  });
}

function spans(
  state: IntegrityState,
  collection: CollectionName,
  entry: DraftRecord,
  nested: "affiliations" | "formerNames" | "designations",
  list: readonly { readonly from?: string | undefined; readonly to?: string | undefined }[] | undefined,
): void {
  if (list === undefined) return;
  for (let index = 0; index < list.length; index++) {
    const item = list[index]!;
    order(state, collection, entry, "from", item.from, "to", item.to, nested, index);
  }
}

/**
 * Checks that the dates of one record come in order: `from` not after `to` (records and their affiliations,
 * former names, designations and observation periods, partial dates compared at their shared precision),
 * `establishedOn` not after `dissolvedOn`, an organization's `approvedOn` not after its `dissolvedOn`, an
 * activity's `on` within its `from`..`to`.
 * Each violation is a `record.dates_out_of_order` error at the later field.
 *
 * @param state - the integrity state
 * @param collection - the record's collection
 * @param entry - the record
 * @internal
 */
export function checkDates(state: IntegrityState, collection: CollectionName, entry: DraftRecord): void {
  switch (collection) {
    case "regions": {
      const record = entry.record as RecordOf<"regions">;
      spans(state, collection, entry, "designations", record.designations);
      return;
    }
    case "organizations": {
      const record = entry.record as RecordOf<"organizations">;
      order(state, collection, entry, "establishedOn", record.establishedOn, "dissolvedOn", record.dissolvedOn);
      order(state, collection, entry, "approvedOn", record.approvedOn, "dissolvedOn", record.dissolvedOn);
      spans(state, collection, entry, "affiliations", record.affiliations);
      spans(state, collection, entry, "formerNames", record.formerNames);
      return;
    }
    case "hostUnits": {
      const record = entry.record as RecordOf<"hostUnits">;
      order(state, collection, entry, "establishedOn", record.establishedOn, "dissolvedOn", record.dissolvedOn);
      return;
    }
    case "activities": {
      const record = entry.record as RecordOf<"activities">;
      order(state, collection, entry, "from", record.from, "to", record.to);
      order(state, collection, entry, "from", record.from, "on", record.on);
      order(state, collection, entry, "on", record.on, "to", record.to);
      return;
    }
    case "observations": {
      const period = (entry.record as RecordOf<"observations">).period;
      if (period) order(state, collection, entry, "from", period.from, "to", period.to, "period");
      return;
    }
    case "memberships":
    case "posts":
    case "postHoldings":
    case "teams":
    case "sites":
    case "campaigns":
    case "pairings": {
      const record = entry.record as { readonly from?: string | undefined; readonly to?: string | undefined };
      order(state, collection, entry, "from", record.from, "to", record.to);
      return;
    }
    // a person's own dates (birth, joining) are left to the rules: an error here would drop their memberships too
    case "people":
    case "documents":
    case "households":
    case "indicators":
      return;
  }
}
