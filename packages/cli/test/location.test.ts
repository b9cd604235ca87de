import { describe, expect, it } from "vitest";
import { locationText } from "../src/index.js";

describe("locationText", () => {
  it("writes a spreadsheet cell by sheet, row and column letter", () => {
    expect(locationText({ file: "pairings.xlsx", sheet: "结对", row: 4, column: "C" }, "zh-CN")).toBe("pairings.xlsx 工作表「结对」 第 4 行 C 列");
    expect(locationText({ file: "pairings.xlsx", sheet: "pairings", row: 4, column: "C" }, "en")).toBe("pairings.xlsx sheet “pairings” row 4 column C");
  });

  it("writes a text file's line compiler-style", () => {
    expect(locationText({ file: "members.ndjson", line: 12, column: 5 }, "en")).toBe("members.ndjson:12:5");
    expect(locationText({ file: "members.ndjson", line: 12 }, "zh-CN")).toBe("members.ndjson:12");
  });

  it("writes a CSV row, and its text line only when a quoted cell made them differ", () => {
    expect(locationText({ file: "people.csv", row: 3, line: 3, column: "出生日期" }, "en")).toBe("people.csv row 3 column 出生日期");
    expect(locationText({ file: "people.csv", row: 3, line: 5, column: 2 }, "zh-CN")).toBe("people.csv 第 3 行 （文本第 5 行） 第 2 列");
  });

  it("is empty without a location", () => {
    expect(locationText(undefined, "en")).toBe("");
  });
});
