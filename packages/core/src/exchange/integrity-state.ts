import type { Issue } from "../issue/issue.js";
import type { Indicator } from "../indicator/indicator.js";
import { createIssue } from "../issue/message.js";
import type { CollectionName, RecordOf } from "./dataset.js";
import type { DraftDataset, DraftRecord } from "./draft.js";
import { collectionLabels } from "./collection-labels.js";
import { integrityMessages, type IntegrityIssueCode } from "./integrity-messages.js";

/**
 * For each collection, the position in the draft of the record that holds each id (the first one when an id
 * repeats; indicators by `code`).
 *
 * @internal
 */
export type IdIndex = { readonly [K in CollectionName]: Map<string, number> };

/**
 * What every integrity check reads and writes: the draft, the id index, the issues and the left-out records.
 *
 * @internal
 */
export interface IntegrityState {
  /** The records that passed the shape check. */
  readonly draft: DraftDataset;
  /** Where each id is, per collection. */
  readonly ids: IdIndex;
  /** Per collection, 1 at the position of each record whose id an earlier record already holds. */
  readonly duplicates: { readonly [K in CollectionName]: Uint8Array };
  /** The issues found so far. */
  readonly issues: Issue[];
  /** The records left out so far. */
  readonly leftOut: Set<object>;
  /** Indicators known besides the dataset's own, by code. */
  readonly knownIndicators: ReadonlyMap<string, Indicator>;
}

/**
 * The identifier of a record: its `id`, or its `code` for an indicator.
 *
 * @param collection - the record's collection
 * @param record - the record
 * @returns the identifier
 * @internal
 */
export function recordIdOf(collection: CollectionName, record: RecordOf<CollectionName>): string {
  return collection === "indicators" ? (record as RecordOf<"indicators">).code : (record as { id: string }).id;
}

/**
 * The zh-CN and en (capitalized, to open a sentence) names of a collection's record type.
 *
 * @param collection - the collection
 * @returns the two names
 * @internal
 */
export function recordTypeOf(collection: CollectionName): { readonly zh: string; readonly en: string } {
  const label = collectionLabels.labels[collection];
  return { zh: label["zh-CN"], en: label.en.charAt(0).toUpperCase() + label.en.slice(1) };
}

/**
 * Raises an integrity issue about one record at a path below it; an error leaves the record out.
 *
 * @param state - the integrity state
 * @param code - the issue code
 * @param collection - the record's collection
 * @param entry - the record and its index in the input
 * @param tail - the path below the record
 * @param params - the message's own parameters; the record's type and id are added
 * @internal
 */
export function raise(
  state: IntegrityState,
  code: IntegrityIssueCode,
  collection: CollectionName,
  entry: DraftRecord,
  tail: readonly PropertyKey[],
  params: Readonly<Record<string, unknown>>,
): void {
  const type = recordTypeOf(collection);
  const issue = createIssue(code, integrityMessages[code], {
    path: [collection, entry.index, ...tail],
    params: { collection, id: recordIdOf(collection, entry.record), recordType: type.zh, recordTypeEn: type.en, ...params },
  });
  state.issues.push(issue);
  if (issue.severity === "error") state.leftOut.add(entry.record);
}
