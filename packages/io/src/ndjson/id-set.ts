/**
 * A set of record ids held as 62-bit fingerprints in typed arrays, 8 bytes an id (up to 15 in hash tables),
 * instead of the 60 to 90 bytes an id costs in a `Set<string>`, so the ids of ten million records fit in 80 to
 * 150 MB. Two different ids share a fingerprint with a probability of about n² / 2⁶³ (one in ten thousand for ten
 * million ids); then the second may be taken for a duplicate of the first, and a missing reference to it goes
 * unseen.
 *
 * Ids usually come in order (`p-00000001`, `p-00000002` …), and a slot of a large hash table is a cache miss,
 * which costs more than all the other checks of a line; so an id greater than every id marked before (one
 * string comparison) is new without a look in a table, and is written at the end of the set's log instead. The
 * log is moved into the tables only when an id must be looked up there: one out of order, or a reference to an
 * id that is not among the recent ones. A reference to the greatest id (the record just read) is answered by a
 * comparison, and one to an id greater than every id held is absent without a look. Once other ids have been
 * looked up, the ids marked are also kept as recent ids in a small table that stays near in cache (emptied when
 * it holds 12,288), which answers the references to records read not long before. Ids out of order take the long
 * way, no slower than the tables alone.
 *
 * The tables are split in 256 shards by the fingerprint's top bits (slots between 53% and 80% full, each
 * growing on its own, so growing holds a second copy of 1/256 of the ids, never of all). Tables and the log are
 * made of pages of equal size past their first small ones, and the pages let go (by a table that grew, by the
 * log moved into the tables) are kept for the next to take: the set reaches its size without asking for memory
 * again and again, which left the allocator's heap in holes and made the collector run for the buffers let go.
 * Each fingerprint keeps two marks in the low bits of its second word: `declared` (the id was read in a first
 * pass over a reference source) and `seen` (a record with the id was read in the validating pass), so one set
 * serves both passes.
 *
 * @internal
 */
export interface IdSet {
  /** The shards, chosen by the top 8 bits of the high fingerprint word. */
  readonly shards: Shard[];
  /** Whole pages let go by a table or the log, zeroed again before use in a table. */
  readonly spare: Int32Array[];
  /** Where {@link markId} and {@link hasId} put the fingerprint of the id they are given. */
  readonly scratch: Int32Array;
  /** Fingerprints (two words each, marks in the second) not yet in the tables, in pages; the last is being filled. */
  log: Int32Array[];
  /** How many words of the last log page are used. */
  logged: number;
  /** The fingerprints of the ids marked lately, as a table of RECENT_SLOTS slots; their marks may be fewer than the ids'. */
  readonly recent: Int32Array;
  /** Whether ids other than the greatest have been looked up: until then no recent ids are kept. */
  lookedUp: boolean;
  /** How many slots of `recent` are used. */
  recentSize: number;
  /** The greatest id marked at all (at 0) and with each mark (at the mark), `""` before any. */
  readonly greatest: string[];
}

interface Shard {
  /**
   * The table: slot i is on page i >> PAGE_BITS, words 2j (low fingerprint) and 2j+1 (high fingerprint, marks in
   * its two low bits; 0 is empty) with j = i & PAGE_MASK. A small table has one page of its capacity.
   */
  pages: Int32Array[];
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

// 16384 slots, 128 KB: stays near in cache; emptied at three quarters full, where probing is still short
const RECENT_BITS = 14;
const RECENT_SLOTS = 1 << RECENT_BITS;
const RECENT_LIMIT = (RECENT_SLOTS * 3) >>> 2;

// 4096 slots, 32 KB a page: small enough to leave little unused, large enough for few pages
const PAGE_BITS = 12;
const PAGE_SLOTS = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SLOTS - 1;
const PAGE_WORDS = PAGE_SLOTS * 2;

// a log starts with a page of 64 fingerprints and doubles to PAGE_WORDS, so small sets stay small
const FIRST_LOG_WORDS = 128;

/**
 * An empty id set.
 *
 * @param capacity - initial slots of each shard's table, at most a page
 * @returns the set
 * @internal
 */
export function createIdSet(capacity = 16): IdSet {
  const slots = Math.min(Math.max(1, capacity), PAGE_SLOTS);
  const shards: Shard[] = [];
  for (let i = 0; i < SHARDS; i++) shards.push({ pages: [new Int32Array(slots * 2)], size: 0, capacity: slots });
  return {
    shards,
    spare: [],
    scratch: new Int32Array(2),
    log: [],
    logged: 0,
    recent: new Int32Array(RECENT_SLOTS * 2),
    recentSize: 0,
    lookedUp: false,
    greatest: ["", "", ""],
  };
}

/**
 * Fingerprints an id into `prints` (the low word at `at`, the high word without the marks' two bits at
 * `at + 1`), and says whether every character is printable ASCII (`!` to `~`), found in the same pass.
 *
 * Two 32-bit hashes of the UTF-16 code units, two units a step (murmur3's block mixing, with other constants for
 * the second, so the two do not collide together), finished with murmur3's mixer; int32 throughout, so no number
 * is boxed.
 *
 * @param id - the id
 * @param prints - where the fingerprint goes
 * @param at - the index of its low word
 * @returns true when every character is printable ASCII
 * @internal
 */
export function fingerprintId(id: string, prints: Int32Array, at: number): boolean {
  const length = id.length;
  let a = 0x3c6ef372 ^ length;
  let b = 0x1b873593 ^ length;
  // negative once a character falls outside 33..126
  let plain = 0;
  let i = 0;
  for (; i + 1 < length; i += 2) {
    const first = id.charCodeAt(i);
    const second = id.charCodeAt(i + 1);
    plain |= first - 33 | (126 - first) | (second - 33) | (126 - second);
    const pair = first | (second << 16);
    let k = Math.imul(pair, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    a ^= k;
    a = (Math.imul((a << 13) | (a >>> 19), 5) - 0x19ab949c) | 0;
    let l = Math.imul(pair, 0x85ebca77);
    l = Math.imul((l << 16) | (l >>> 16), 0xc2b2ae3d);
    b ^= l;
    b = (Math.imul((b << 11) | (b >>> 21), 9) + 0x27d4eb2f) | 0;
  }
  if (i < length) {
    const last = id.charCodeAt(i);
    plain |= last - 33 | (126 - last);
    a ^= Math.imul(last, 0xcc9e2d51);
    b ^= Math.imul(last, 0x85ebca77);
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  a = Math.imul(a, 0xc2b2ae35);
  a ^= a >>> 16;
  b ^= b >>> 15;
  b = Math.imul(b, 0x2c1b3c6d);
  b ^= b >>> 12;
  b = Math.imul(b, 0x297a2d39);
  b ^= b >>> 15;
  prints[at] = a;
  prints[at + 1] = b & ~MARKS;
  return plain >= 0;
}

// the slot holding the fingerprint, or ~slot of the empty slot where it would go; the home slot scales the low
// word to the capacity (exact in doubles: both factors are below 2^32 and 2^21), so capacities need not be powers
// of two and tables can grow by half, staying fuller
function slotOf(pages: Int32Array[], capacity: number, low: number, high: number): number {
  let slot = Math.floor(((low >>> 0) / 4294967296) * capacity);
  for (;;) {
    const page = pages[slot >>> PAGE_BITS]!;
    const at = (slot & PAGE_MASK) << 1;
    const wh = page[at + 1]!;
    if (wh === 0) return ~slot;
    if (page[at] === low && (wh & ~MARKS) === high) return slot;
    slot = slot + 1 === capacity ? 0 : slot + 1;
  }
}

function newPage(set: IdSet): Int32Array {
  const page = set.spare.pop();
  if (page === undefined) return new Int32Array(PAGE_WORDS);
  page.fill(0);
  return page;
}

function grow(set: IdSet, shard: Shard): void {
  const old = shard.pages;
  const oldCapacity = shard.capacity;
  let capacity = Math.ceil(oldCapacity * 1.5);
  const pages: Int32Array[] = [];
  if (capacity <= PAGE_SLOTS) pages.push(new Int32Array(capacity * 2));
  else {
    capacity = Math.ceil(capacity / PAGE_SLOTS) * PAGE_SLOTS;
    for (let i = capacity >>> PAGE_BITS; i > 0; i--) pages.push(newPage(set));
  }
  for (let slot = 0; slot < oldCapacity; slot++) {
    const page = old[slot >>> PAGE_BITS]!;
    const at = (slot & PAGE_MASK) << 1;
    const wh = page[at + 1]!;
    if (wh === 0) continue;
    const low = page[at]!;
    const free = ~slotOf(pages, capacity, low, wh & ~MARKS);
    const target = pages[free >>> PAGE_BITS]!;
    target[(free & PAGE_MASK) << 1] = low;
    target[((free & PAGE_MASK) << 1) + 1] = wh;
  }
  shard.pages = pages;
  shard.capacity = capacity;
  if (oldCapacity >= PAGE_SLOTS) for (const page of old) set.spare.push(page);
}

// puts marks on a fingerprint in the shard's table, adding it when absent; the marks it had there before
function markInTable(set: IdSet, shard: Shard, low: number, high: number, marks: number): number {
  const found = slotOf(shard.pages, shard.capacity, low, high);
  const slot = found >= 0 ? found : ~found;
  const page = shard.pages[slot >>> PAGE_BITS]!;
  const word = (slot & PAGE_MASK) << 1;
  if (found >= 0) {
    const before = page[word + 1]!;
    page[word + 1] = before | marks;
    return before & MARKS;
  }
  page[word] = low;
  page[word + 1] = high | marks;
  shard.size++;
  // linear probing stays short below four fifths full
  if (shard.size * 5 > shard.capacity * 4) grow(set, shard);
  return 0;
}

function appendToLog(set: IdSet, low: number, marked: number): void {
  let tail = set.log[set.log.length - 1];
  if (tail === undefined || set.logged === tail.length) {
    tail = tail === undefined ? new Int32Array(FIRST_LOG_WORDS) : tail.length < PAGE_WORDS ? new Int32Array(tail.length * 2) : newPage(set);
    set.log.push(tail);
    set.logged = 0;
  }
  tail[set.logged] = low;
  tail[set.logged + 1] = marked;
  set.logged += 2;
}

// moves the log into the shards' tables, so the tables hold every id
function settle(set: IdSet): void {
  const log = set.log;
  if (log.length === 0) return;
  const logged = set.logged;
  set.log = [];
  set.logged = 0;
  for (let p = 0; p < log.length; p++) {
    const page = log[p]!;
    const end = p === log.length - 1 ? logged : page.length;
    for (let word = 0; word < end; word += 2) {
      const high = page[word + 1]! & ~MARKS;
      markInTable(set, set.shards[high >>> 24]!, page[word]!, high, page[word + 1]! & MARKS);
    }
    if (page.length === PAGE_WORDS) set.spare.push(page);
  }
}

// the recent slot holding the fingerprint, or ~slot of the empty slot where it would go
function recentSlotOf(recent: Int32Array, low: number, high: number): number {
  let slot = low >>> (32 - RECENT_BITS);
  for (;;) {
    const wh = recent[(slot << 1) + 1]!;
    if (wh === 0) return ~slot;
    if (recent[slot << 1] === low && (wh & ~MARKS) === high) return slot;
    slot = (slot + 1) & (RECENT_SLOTS - 1);
  }
}

function rememberRecent(set: IdSet, low: number, high: number, mark: number): void {
  const recent = set.recent;
  if (set.recentSize === RECENT_LIMIT) {
    // forgotten all at once: they are in the log or the tables
    recent.fill(0);
    set.recentSize = 0;
  }
  const slot = recentSlotOf(recent, low, high);
  if (slot >= 0) recent[(slot << 1) + 1] = recent[(slot << 1) + 1]! | mark;
  else {
    recent[~slot << 1] = low;
    recent[(~slot << 1) + 1] = high | mark;
    set.recentSize++;
  }
}

// the last ids logged (as many as the recent ones may be) remembered as recent
function rememberLogged(set: IdSet): void {
  let room = RECENT_LIMIT - set.recentSize;
  for (let p = set.log.length - 1; p >= 0 && room > 0; p--) {
    const page = set.log[p]!;
    for (let word = (p === set.log.length - 1 ? set.logged : page.length) - 2; word >= 0 && room > 0; word -= 2, room--) {
      rememberRecent(set, page[word]!, page[word + 1]! & ~MARKS, page[word + 1]! & MARKS);
    }
  }
}

/**
 * Adds a fingerprinted id with a mark and says whether it had the mark before.
 *
 * @param set - the set
 * @param id - the id
 * @param prints - fingerprints, from {@link fingerprintId}
 * @param at - the index of the id's low word in `prints`
 * @param mark - {@link DECLARED} or {@link SEEN}
 * @returns true when the id had the mark before
 * @internal
 */
export function markPrint(set: IdSet, id: string, prints: Int32Array, at: number, mark: number): boolean {
  const low = prints[at]!;
  const high = prints[at + 1]!;
  if (id > set.greatest[mark]!) {
    // past every id with the mark: new to it, wherever else the id is
    set.greatest[mark] = id;
    if (id > set.greatest[0]!) set.greatest[0] = id;
    appendToLog(set, low, high | mark);
    if (set.lookedUp) rememberRecent(set, low, high, mark);
    return false;
  }
  const recent = set.recent;
  const inRecent = recentSlotOf(recent, low, high);
  if (inRecent >= 0 && (recent[(inRecent << 1) + 1]! & mark) !== 0) return true;
  settle(set);
  const had = (markInTable(set, set.shards[high >>> 24]!, low, high, mark) & mark) !== 0;
  if (inRecent >= 0) recent[(inRecent << 1) + 1] = recent[(inRecent << 1) + 1]! | mark;
  else if (set.lookedUp) rememberRecent(set, low, high, mark);
  return had;
}

/**
 * Whether the set holds a fingerprinted id (with any mark).
 *
 * @param set - the set
 * @param id - the id
 * @param prints - fingerprints, from {@link fingerprintId}
 * @param at - the index of the id's low word in `prints`
 * @returns true when held
 * @internal
 */
export function hasPrint(set: IdSet, id: string, prints: Int32Array, at: number): boolean {
  const greatest = set.greatest[0]!;
  // the record just read, or one not read yet
  if (id === greatest && id !== "") return true;
  if (id > greatest) return false;
  const low = prints[at]!;
  const high = prints[at + 1]!;
  if (recentSlotOf(set.recent, low, high) >= 0) return true;
  if (!set.lookedUp) {
    // from now on the ids logged are remembered as recent ones too, starting with the last ones logged
    set.lookedUp = true;
    rememberLogged(set);
    if (recentSlotOf(set.recent, low, high) >= 0) return true;
  }
  settle(set);
  const shard = set.shards[high >>> 24]!;
  return slotOf(shard.pages, shard.capacity, low, high) >= 0;
}

/**
 * Adds an id with a mark and says whether it had the mark before.
 *
 * @param set - the set
 * @param id - the id
 * @param mark - {@link DECLARED} or {@link SEEN}
 * @returns true when the id had the mark before
 * @internal
 */
export function markId(set: IdSet, id: string, mark: number): boolean {
  fingerprintId(id, set.scratch, 0);
  return markPrint(set, id, set.scratch, 0, mark);
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
  fingerprintId(id, set.scratch, 0);
  return hasPrint(set, id, set.scratch, 0);
}

/**
 * How many ids the set holds (the log is moved into the tables first).
 *
 * @param set - the set
 * @returns the count
 * @internal
 */
export function idCount(set: IdSet): number {
  settle(set);
  let count = 0;
  for (const shard of set.shards) count += shard.size;
  return count;
}
