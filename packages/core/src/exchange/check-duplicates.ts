import { toJsonPointer } from "../issue/json-pointer.js";
import { COLLECTION_NAMES, type CollectionName } from "./dataset.js";
import { raise, recordIdOf, type IntegrityState } from "./integrity-state.js";

/**
 * Indexes every collection by id (indicators by `code`) into `state.ids`, marks repeats in `state.duplicates`,
 * and reports them: the first record with an id stays and is the one references resolve to; every later one is
 * left out with `record.duplicate_id`.
 *
 * @param state - the integrity state; its `ids` and `duplicates` are filled here
 * @internal
 */
export function checkDuplicates(state: IntegrityState): void {
  const ids = state.ids as Record<CollectionName, Map<string, number>>;
  const duplicates = state.duplicates as Record<CollectionName, Uint8Array>;
  for (const collection of COLLECTION_NAMES) {
    const entries = state.draft[collection];
    const map = new Map<string, number>();
    const repeated = new Uint8Array(entries.length);
    ids[collection] = map;
    duplicates[collection] = repeated;
    for (let position = 0; position < entries.length; position++) {
      const entry = entries[position]!;
      const id = recordIdOf(collection, entry.record);
      const first = map.get(id);
      if (first === undefined) {
        map.set(id, position);
        continue;
      }
      repeated[position] = 1;
      const firstIndex = entries[first]!.index;
      raise(state, "record.duplicate_id", collection, entry, [collection === "indicators" ? "code" : "id"], {
        firstPath: toJsonPointer([collection, firstIndex]),
        firstIndex,
      });
    }
  }
}
