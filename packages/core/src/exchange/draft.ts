import type { CollectionName, RecordOf } from "./dataset.js";

/**
 * A record that passed the shape check, with its index in the input so later issues point at it.
 *
 * @category Exchange
 */
export interface DraftRecord<K extends CollectionName = CollectionName> {
  /** The parsed record. */
  readonly record: RecordOf<K>;
  /** Its index in the input collection. */
  readonly index: number;
}

/**
 * The records of every collection that passed the shape check, before the integrity checks.
 *
 * @category Exchange
 */
export type DraftDataset = { readonly [K in CollectionName]: DraftRecord<K>[] };
