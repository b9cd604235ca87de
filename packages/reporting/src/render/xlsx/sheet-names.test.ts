import { describe, expect, it } from "vitest";
import { makeSheetNames } from "./sheet-names.js";

const names = (...wanted: string[]) => makeSheetNames(wanted.map((name) => ({ name, fallback: "table" })));

describe("makeSheetNames", () => {
  it("replaces the characters Excel refuses and trims apostrophes at the ends", () => {
    expect(names("a[b]:c*d?e/f\\g", "'quoted'", "tab\there")).toEqual(["a b c d e f g", "quoted", "tab here"]);
  });

  it("keeps at most 31 characters, never splitting a surrogate pair", () => {
    const [long] = names("乡镇党员教育培训中心全覆盖情况乡镇党员教育培训中心全覆盖情况乡镇党员");
    expect(long).toHaveLength(31);
    const [emoji] = names("a".repeat(30) + "😀");
    expect(emoji).toBe("a".repeat(30));
  });

  it("makes names unique ignoring case, and never History", () => {
    expect(names("Figures", "figures", "FIGURES", "History")).toEqual(["Figures", "figures (2)", "FIGURES (3)", "History (2)"]);
    const long = "x".repeat(40);
    expect(names(long, long)).toEqual(["x".repeat(31), "x".repeat(27) + " (2)"]);
    expect(makeSheetNames([{ name: "报告", fallback: "t" }], ["报告"])).toEqual(["报告 (2)"]);
  });

  it("falls back to the table id, then to Sheet, for a name with nothing left", () => {
    expect(makeSheetNames([{ name: "[]:*?", fallback: "figures" }, { name: "''", fallback: "" }])).toEqual(["figures", "Sheet"]);
  });
});
