import type { IntegrityIssueCode } from "./integrity-messages.js";
import type { DraftRecord } from "./draft.js";
import { raise, type IntegrityState } from "./integrity-state.js";

/**
 * The collections that form a tree by `parentId`, and the code a cycle in each raises.
 *
 * @internal
 */
export const TREE_CYCLE_CODES = {
  regions: "region.cycle",
  hostUnits: "host_unit.cycle",
  organizations: "organization.cycle",
  campaigns: "campaign.cycle",
} as const satisfies Record<string, IntegrityIssueCode>;

/**
 * A collection that forms a tree by `parentId`.
 *
 * @internal
 */
export type TreeCollection = keyof typeof TREE_CYCLE_CODES;

// a cycle of 100,000 records is named by its first few ids, not all of them
const SHOWN = 8;

function describeCycle(ids: readonly string[]): string {
  const shown = ids.length > SHOWN ? [...ids.slice(0, SHOWN), "…"] : [...ids];
  return [...shown, ids[0]].join(" → ");
}

/**
 * Finds every cycle of `parentId` links in a tree collection and leaves out every record on one, each with its
 * own issue at `/<collection>/<i>/parentId` naming the cycle. Records below a cycle are left out later, by the
 * cascade. Each record is visited once (a walk up the parent chain colours what it passes), so the check is
 * linear in the collection's size whatever the depth of the tree.
 *
 * @param state - the integrity state, with ids indexed
 * @param collection - the tree collection
 * @internal
 */
export function checkCycles(state: IntegrityState, collection: TreeCollection): void {
  const entries = state.draft[collection] as DraftRecord<TreeCollection>[];
  const ids = state.ids[collection];
  const duplicates = state.duplicates[collection];
  const count = entries.length;
  // 0 not seen, 1 on the current walk, 2 settled
  const colour = new Uint8Array(count);
  const parentOf = (position: number): number => {
    const parentId = entries[position]!.record.parentId;
    return parentId === undefined ? -1 : (ids.get(parentId) ?? -1);
  };
  const walk: number[] = [];
  for (let start = 0; start < count; start++) {
    if (colour[start] !== 0) continue;
    // a later duplicate is not the record its id resolves to: it is already left out
    if (duplicates[start] === 1) {
      colour[start] = 2;
      continue;
    }
    let position = start;
    while (position >= 0 && colour[position] === 0) {
      colour[position] = 1;
      walk.push(position);
      position = parentOf(position);
    }
    if (position >= 0 && colour[position] === 1) {
      const cycle = walk.slice(walk.lastIndexOf(position));
      const cycleIds = cycle.map((member) => entries[member]!.record.id);
      const text = describeCycle(cycleIds);
      for (const member of cycle) {
        const entry = entries[member]!;
        raise(state, TREE_CYCLE_CODES[collection], collection, entry, ["parentId"], {
          parentId: entry.record.parentId,
          cycle: text,
          cycleLength: cycle.length,
        });
      }
    }
    for (const settled of walk) colour[settled] = 2;
    walk.length = 0;
  }
}
