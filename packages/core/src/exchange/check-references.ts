import { COLLECTION_NAMES, type CollectionName } from "./dataset.js";
import type { DraftRecord } from "./draft.js";
import { collectionLabels } from "./collection-labels.js";
import { raise, type IntegrityState } from "./integrity-state.js";
import {
  SELF_REFERENCING,
  referenceFieldLabel,
  referencePath,
  visitReferences,
  type ReferenceVisitor,
} from "./record-references.js";

function otherCollectionHolding(state: IntegrityState, id: string, expected: CollectionName): CollectionName | undefined {
  for (const collection of COLLECTION_NAMES) {
    if (collection !== expected && collection !== "indicators" && state.ids[collection].has(id)) return collection;
  }
  return undefined;
}

function reportUnresolved(
  state: IntegrityState,
  collection: CollectionName,
  entry: DraftRecord,
  target: CollectionName,
  id: string,
  field: string,
  index: number,
  sub: string,
): void {
  const label = referenceFieldLabel(field, sub);
  const path = referencePath(field, index, sub);
  const common = { field: label["zh-CN"], fieldEn: label.en, target: id, targetCollection: target };
  const actual = otherCollectionHolding(state, id, target);
  if (actual === undefined) {
    raise(state, "reference.missing", collection, entry, path, common);
    return;
  }
  const expectedLabel = collectionLabels.labels[target];
  const actualLabel = collectionLabels.labels[actual];
  raise(state, "reference.wrong_type", collection, entry, path, {
    ...common,
    actualCollection: actual,
    actualType: actualLabel["zh-CN"],
    actualTypeEn: actualLabel.en,
    expectedType: expectedLabel["zh-CN"],
    expectedTypeEn: expectedLabel.en,
  });
}

function reportTargetLeftOut(
  state: IntegrityState,
  collection: CollectionName,
  entry: DraftRecord,
  target: CollectionName,
  id: string,
  field: string,
  index: number,
  sub: string,
): void {
  const label = referenceFieldLabel(field, sub);
  raise(state, "reference.target_left_out", collection, entry, referencePath(field, index, sub), {
    field: label["zh-CN"],
    fieldEn: label.en,
    target: id,
    targetCollection: target,
  });
}

/**
 * Called with each reference of a record that resolves, and the record it resolves to (kept or not), so checks
 * that compare a record with its target (lifetimes, levels) need no second lookup.
 *
 * @internal
 */
export type ResolvedReferenceCheck<K extends CollectionName> = (
  state: IntegrityState,
  entry: DraftRecord<K>,
  field: string,
  target: DraftRecord,
) => void;

/**
 * Makes the reference check of one collection: for each record, every reference that resolves to no record is
 * an error (`reference.missing`, or `reference.wrong_type` when the id belongs to a record of another type); a
 * reference to a record of an earlier-checked collection that was left out leaves this record out with
 * `reference.target_left_out` (once, naming the first such target), unless the record is already left out.
 * References within the same collection are resolved here but cascaded by {@link propagateWithin}.
 *
 * @param state - the integrity state; collections this one refers to must be final
 * @param collection - the collection checked
 * @param onResolved - called with every reference that resolves, before the cascade decision
 * @returns the check of one record
 * @internal
 */
export function createReferenceCheck<K extends CollectionName>(
  state: IntegrityState,
  collection: K,
  onResolved?: ResolvedReferenceCheck<K>,
): (entry: DraftRecord<K>) => void {
  let current: DraftRecord<K> | undefined;
  // the first reference to a left-out record, kept as primitives so the happy path allocates nothing
  let leftOutTarget: CollectionName | undefined;
  let leftOutId = "";
  let leftOutField = "";
  let leftOutIndex = -1;
  let leftOutSub = "";
  const visit: ReferenceVisitor = (target, id, field, index, sub) => {
    const position = state.ids[target].get(id);
    if (position === undefined) {
      reportUnresolved(state, collection, current!, target, id, field, index, sub);
      return;
    }
    const found = state.draft[target][position]!;
    onResolved?.(state, current!, field, found);
    if (target === collection || leftOutTarget !== undefined) return;
    if (state.leftOut.has(found.record)) {
      leftOutTarget = target;
      leftOutId = id;
      leftOutField = field;
      leftOutIndex = index;
      leftOutSub = sub;
    }
  };
  return (entry) => {
    current = entry;
    leftOutTarget = undefined;
    visitReferences(collection, entry.record, visit);
    if (leftOutTarget !== undefined && !state.leftOut.has(entry.record)) {
      reportTargetLeftOut(state, collection, entry, leftOutTarget, leftOutId, leftOutField, leftOutIndex, leftOutSub);
    }
  };
}

interface SelfEdge {
  readonly position: number;
  readonly field: string;
  readonly index: number;
  readonly sub: string;
}

/**
 * Cascades leaving out inside one collection: every kept record that refers to a left-out record of the same
 * collection (a parent, an approving organization, a successor, a cited document …) is left out with
 * `reference.target_left_out`, and so on until nothing changes. Runs in time linear in the collection's
 * records and references, and builds its reverse edges only when some record of the collection is left out.
 *
 * @param state - the integrity state, after every record of the collection was checked
 * @param collection - the collection
 * @internal
 */
export function propagateWithin(state: IntegrityState, collection: CollectionName): void {
  if (!SELF_REFERENCING.has(collection)) return;
  const entries = state.draft[collection] as DraftRecord[];
  const ids = state.ids[collection];
  const queue: string[] = [];
  for (const [id, position] of ids) if (state.leftOut.has(entries[position]!.record)) queue.push(id);
  if (queue.length === 0) return;

  const referrers = new Map<string, SelfEdge[]>();
  let position = 0;
  const collect: ReferenceVisitor = (target, id, field, index, sub) => {
    if (target !== collection || !ids.has(id)) return;
    const edge: SelfEdge = { position, field, index, sub };
    const list = referrers.get(id);
    if (list) list.push(edge);
    else referrers.set(id, [edge]);
  };
  for (const found of ids.values()) {
    const entry = entries[found]!;
    if (state.leftOut.has(entry.record)) continue;
    position = found;
    visitReferences(collection, entry.record, collect);
  }

  for (let next = 0; next < queue.length; next++) {
    const id = queue[next]!;
    for (const edge of referrers.get(id) ?? []) {
      const entry = entries[edge.position]!;
      if (state.leftOut.has(entry.record)) continue;
      reportTargetLeftOut(state, collection, entry, collection, id, edge.field, edge.index, edge.sub);
      const referrerId = (entry.record as { id: string }).id;
      queue.push(referrerId);
    }
  }
}
