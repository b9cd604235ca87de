import { describe, expect, it } from "vitest";
import { DECLARED, SEEN, createIdSet, fingerprintId, hasId, idCount, markId } from "./id-set.js";

describe("id sets", () => {
  it("hold ids through growth, with their marks", () => {
    const set = createIdSet(2);
    for (let i = 0; i < 5000; i++) expect(markId(set, `p-${i}`, i % 3 === 0 ? DECLARED : SEEN)).toBe(false);
    expect(idCount(set)).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(hasId(set, `p-${i}`)).toBe(true);
    expect(hasId(set, "p-5000")).toBe(false);
    expect(hasId(set, "")).toBe(false);
    expect(markId(set, "p-3", SEEN)).toBe(false);
    expect(markId(set, "p-3", SEEN)).toBe(true);
    expect(markId(set, "p-3", DECLARED)).toBe(true);
    expect(markId(set, "p-4", SEEN)).toBe(true);
    expect(markId(set, "p-4", DECLARED)).toBe(false);
    expect(markId(set, "", SEEN)).toBe(false);
    expect(markId(set, "", SEEN)).toBe(true);
  });

  // ids in order skip the tables: they wait in the log, moved into the tables when one must be looked up there
  it("keep every id and mark across the log, the recent ids and the tables, in order or not", () => {
    const set = createIdSet();
    const ids = Array.from({ length: 60_000 }, (_, i) => `m-${String(i).padStart(6, "0")}`);
    // declared in order (a first pass), then seen in order, then again out of order: duplicates
    expect(ids.filter((id) => markId(set, id, DECLARED))).toEqual([]);
    expect(ids.slice(0, 40_000).filter((id) => markId(set, id, SEEN))).toEqual([]);
    const sample = (from: number, to: number): string[] => ids.slice(from, to).filter((_, i) => i % 997 === 0);
    expect(sample(0, 40_000).filter((id) => !markId(set, id, SEEN))).toEqual([]);
    expect(sample(40_000, 60_000).filter((id) => !markId(set, id, DECLARED))).toEqual([]);
    expect(sample(40_000, 60_000).filter((id) => markId(set, id, SEEN))).toEqual([]);
    expect(hasId(set, "m-060000")).toBe(false);
    expect(hasId(set, "m-0")).toBe(false);
    expect(idCount(set)).toBe(60_000);
    expect(ids.filter((id) => !hasId(set, id))).toEqual([]);
  });

  it("find ids read long before, after the recent ones were forgotten", () => {
    const set = createIdSet();
    const ids = Array.from({ length: 40_000 }, (_, i) => `p-${String(i).padStart(6, "0")}`);
    for (const id of ids.slice(0, 100)) markId(set, id, SEEN);
    // a look-up of an id before the greatest: from now on recent ids are kept, and forgotten every 12,288
    expect(hasId(set, ids[5]!)).toBe(true);
    for (const id of ids.slice(100)) markId(set, id, SEEN);
    expect(ids.filter((id) => !hasId(set, id))).toEqual([]);
    expect(hasId(set, "p-0000005")).toBe(false);
  });

  // in order, out of order, looked up just after, long after, or never marked: as a Map of marks would answer
  it("answer as a plain map of marks would, whatever the order", () => {
    const set = createIdSet();
    const marks = new Map<string, number>();
    let seed = 1;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    let next = 0;
    const idOf = (n: number): string => `x-${String(n).padStart(7, "0")}`;
    const wrong: string[] = [];
    for (let step = 0; step < 60_000; step++) {
      const kind = random(10);
      // mostly the next id in order, sometimes one read before (a duplicate) or one further on (out of order)
      const n = kind < 6 ? next++ : kind < 8 ? random(next + 1) : next + 1 + random(1000);
      const id = idOf(n);
      if (random(3) === 0) {
        if (hasId(set, id) !== marks.has(id)) wrong.push(`has ${id}`);
      } else {
        const mark = random(4) === 0 ? DECLARED : SEEN;
        const before = marks.get(id) ?? 0;
        if (markId(set, id, mark) !== ((before & mark) !== 0)) wrong.push(`mark ${id} ${mark}`);
        marks.set(id, before | mark);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(idCount(set)).toBe(marks.size);
  });

  it("fingerprint ids, telling printable ASCII from the rest", () => {
    const print = (id: string): [boolean, number, number] => {
      const prints = new Int32Array(2);
      const plain = fingerprintId(id, prints, 0);
      return [plain, prints[0]!, prints[1]!];
    };
    expect(print("p-1")[0]).toBe(true);
    expect(print("~!")[0]).toBe(true);
    for (const id of ["a b", "党-1", "x\n", "\u007f", ""]) expect(print(id)[0], id).toBe(id === "");
    expect(print("p-1")).toEqual(print("p-1"));
    expect(print("p-1")).not.toEqual(print("p-2"));
    // the marks' two bits are left free
    expect(print("p-1")[2] & 3).toBe(0);
  });
});
