import { describe, expect, it } from "vitest";
import { buildIdTable as buildInto, findId, idTableLength } from "./id-table.js";

const buildIdTable = (ids: readonly string[]) => buildInto(ids, new Int32Array(idTableLength(ids.length)));

describe("the id table", () => {
  it("finds each of 50,000 ids differing in a digit, and no id it was not given", () => {
    const ids = Array.from({ length: 50_000 }, (_, i) => `org-${i}`);
    const { table, duplicates } = buildIdTable(ids);
    expect(duplicates).toEqual([]);
    expect(ids.every((id, i) => findId(table, ids, id) === i)).toBe(true);
    // built afresh, not the same string objects
    expect(findId(table, ids, ["org-", "49999"].join(""))).toBe(49_999);
    expect(findId(table, ids, "org-50000")).toBe(-1);
    expect(findId(table, ids, "")).toBe(-1);
  });

  it("gives a repeated id to its first index and lists the others", () => {
    const ids = ["a", "b", "a", "c", "b", "a"];
    const { table, duplicates } = buildIdTable(ids);
    expect(findId(table, ids, "a")).toBe(0);
    expect(findId(table, ids, "b")).toBe(1);
    expect(duplicates).toEqual([2, 4, 5]);
  });

  it("leaves out ids that are not strings, without throwing", () => {
    const ids = ["a", undefined, 7, "b"] as unknown as string[];
    const { table } = buildIdTable(ids);
    expect(findId(table, ids, "b")).toBe(3);
    expect(findId(table, ids, undefined as unknown as string)).toBe(-1);
    expect(findId(table, ids, "7")).toBe(-1);
  });

  it("finds ids kept in another order", () => {
    const ids = ["x", "y", "z"];
    const { table } = buildIdTable(ids);
    // x went to 2, y to 0, z to 1
    const order = Int32Array.of(2, 0, 1);
    expect(["x", "y", "z"].map((id) => findId(table, ["y", "z", "x"], id, order))).toEqual([0, 1, 2]);
    expect(findId(table, ["y", "z", "x"], "w", order)).toBe(-1);
  });
});
