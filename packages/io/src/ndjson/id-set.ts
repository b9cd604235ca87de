/**
 * A set of record ids held as 62-bit fingerprints in typed arrays, 8 bytes a slot (slots stay between 53% and
 * 80% full) instead of the 60 to 90 bytes an id costs in a `Set<string>`, so the ids of ten million records fit
 * in about 120 MB. Two different ids share
 * a fingerprint with a probability of about n² / 2⁶³ (one in ten thousand for ten million ids); then the second
 * is taken for a duplicate of the first, and a missing reference to it goes unseen.
 *
 * The table is split in 256 shards by the fingerprint's top bits, each growing on its own, so growing holds a
 * second copy of 1/256 of the table, never of the whole. Each slot keeps two marks in the low bits of its second word:
 * `declared` (the id was read in a first pass over a reference source) and `seen` (a record with the id was read
 * in the validating pass), so one table serves both passes, and one probe touches one cache line.
 *
 * @internal
 */
export interface IdSet {
  /** The shards, chosen by the top 8 bits of the high fingerprint word. */
  readonly shards: Shard[];
}

interface Shard {
  /** Slot i holds words 2i (low fingerprint) and 2i+1 (high fingerprint, marks in its two low bits); 0 is empty. */
  words: Uint32Array;
  /** Number of used slots. */
  size: number;
  /** Number of slots. */
  capacity: number;
}

/** The mark of an id read in the first pass over a reference source. */
export const DECLARED = 1;
/** The mark of an id read in the validating pass. */
export const SEEN = 2;

const MARKS = 3;

const SHARDS = 256;

/**
 * An empty id set.
 *
 * @param capacity - initial slots of each shard
 * @returns the set
 * @internal
 */
export function createIdSet(capacity = 16): IdSet {
  const shards: Shard[] = [];
  for (let i = 0; i < SHARDS; i++) shards.push({ words: new Uint32Array(capacity * 2), size: 0, capacity });
  return { shards };
}

let hashHigh = 0;

// two independent 32-bit hashes of the UTF-16 code units, finished with murmur3's mixer; the second, without
// its two low bits (the marks' place), is left in hashHigh
function hashId(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  b = Math.imul(b, 0xc2b2ae35);
  b ^= b >>> 16;
  hashHigh = (b & ~MARKS) >>> 0;
  return a >>> 0;
}

// the slot holding the fingerprint, or ~slot of the empty slot where it would go; the home slot scales the low
// word to the capacity (exact in doubles: both factors are below 2^32 and 2^21), so capacities need not be powers
// of two and tables can grow by half, staying fuller
function slotOf(words: Uint32Array, capacity: number, low: number, high: number): number {
  let slot = Math.floor((low / 4294967296) * capacity);
  for (;;) {
    const wh = words[slot * 2 + 1]!;
    if (wh === 0) return ~slot;
    if (words[slot * 2] === low && (wh & ~MARKS) >>> 0 === high) return slot;
    slot = slot + 1 === capacity ? 0 : slot + 1;
  }
}

function grow(shard: Shard): void {
  const old = shard.words;
  const capacity = Math.ceil(shard.capacity * 1.5);
  const words = new Uint32Array(capacity * 2);
  for (let slot = 0; slot < shard.capacity; slot++) {
    const wh = old[slot * 2 + 1]!;
    if (wh === 0) continue;
    const low = old[slot * 2]!;
    const free = ~slotOf(words, capacity, low, (wh & ~MARKS) >>> 0);
    words[free * 2] = low;
    words[free * 2 + 1] = wh;
  }
  shard.words = words;
  shard.capacity = capacity;
}

/**
 * Adds an id with a mark and says which marks it had before.
 *
 * @param set - the set
 * @param id - the id
 * @param mark - {@link DECLARED} or {@link SEEN}
 * @returns the marks the id had before (0 when it was new)
 * @internal
 */
export function markId(set: IdSet, id: string, mark: number): number {
  const low = hashId(id);
  const high = hashHigh;
  const shard = set.shards[high >>> 24]!;
  const found = slotOf(shard.words, shard.capacity, low, high);
  if (found >= 0) {
    const wh = shard.words[found * 2 + 1]!;
    shard.words[found * 2 + 1] = wh | mark;
    return wh & MARKS;
  }
  const slot = ~found;
  shard.words[slot * 2] = low;
  shard.words[slot * 2 + 1] = high | mark;
  shard.size++;
  // linear probing stays short below four fifths full
  if (shard.size * 5 > shard.capacity * 4) grow(shard);
  return 0;
}

/**
 * Whether the set holds an id (with any mark).
 *
 * @param set - the set
 * @param id - the id
 * @returns true when held
 * @internal
 */
export function hasId(set: IdSet, id: string): boolean {
  const low = hashId(id);
  const shard = set.shards[hashHigh >>> 24]!;
  return slotOf(shard.words, shard.capacity, low, hashHigh) >= 0;
}

/**
 * How many ids the set holds.
 *
 * @param set - the set
 * @returns the count
 * @internal
 */
export function idCount(set: IdSet): number {
  let count = 0;
  for (const shard of set.shards) count += shard.size;
  return count;
}
