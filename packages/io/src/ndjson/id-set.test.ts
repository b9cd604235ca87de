import { describe, expect, it } from "vitest";
import { DECLARED, SEEN, createIdSet, hasId, idCount, markId } from "./id-set.js";

describe("id sets", () => {
  it("hold ids through growth, with their marks", () => {
    const set = createIdSet(2);
    for (let i = 0; i < 5000; i++) expect(markId(set, `p-${i}`, i % 3 === 0 ? DECLARED : SEEN)).toBe(0);
    expect(idCount(set)).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(hasId(set, `p-${i}`)).toBe(true);
    expect(hasId(set, "p-5000")).toBe(false);
    expect(hasId(set, "")).toBe(false);
    expect(markId(set, "p-3", SEEN)).toBe(DECLARED);
    expect(markId(set, "p-3", SEEN)).toBe(DECLARED | SEEN);
    expect(markId(set, "p-4", SEEN)).toBe(SEEN);
    expect(markId(set, "", SEEN)).toBe(0);
    expect(markId(set, "", SEEN)).toBe(SEEN);
  });
});
