import { parseQuantity } from "@dangjian/core";
import { describe, expect, it } from "vitest";
import { readCell, writeCell, excelDateText } from "./cell.js";
import { sheetColumns } from "./columns.js";

const column = (collection: Parameters<typeof sheetColumns>[0], key: string) => {
  const found = sheetColumns(collection).find((entry) => entry.key === key);
  if (!found) throw new Error(`no column ${key}`);
  return found;
};

describe("readCell", () => {
  it("reads yes/no as true/false, 是/否 and 1/0", () => {
    const inService = column("people", "inService");
    expect(["true", "TRUE", "是", "1", 1, true].map((cell) => readCell(inService, cell))).toEqual([true, true, true, true, true, true]);
    expect(["false", "否", "0", 0, false].map((cell) => readCell(inService, cell))).toEqual([false, false, false, false, false]);
    // not a yes/no: handed on, so the schema names the field
    expect(readCell(inService, "也许")).toBe("也许");
  });

  it("reads enum values as codes or zh-CN or en labels", () => {
    const sex = column("people", "sex");
    expect(["female", "女", "Female", " 女 "].map((cell) => readCell(sex, cell))).toEqual(["female", "female", "female", "female"]);
    expect(readCell(sex, "unknown")).toBe("unknown");
  });

  it("splits lists on ; ； 、 and commas, mapping enum labels", () => {
    expect(readCell(column("activities", "teamIds"), "t-1; t-2、t-3，t-4")).toEqual(["t-1", "t-2", "t-3", "t-4"]);
    expect(readCell(column("pairings", "aims"), "治穷、tackle weakness;tackle-disorder")).toEqual([
      "tackle-poverty",
      "tackle-weakness",
      "tackle-disorder",
    ]);
  });

  it("reads Excel dates as the day typed, whatever the process time zone", () => {
    // exceljs gives a date cell as UTC midnight of the day in the cell
    const day = new Date(Date.UTC(2023, 1, 28));
    expect(readCell(column("organizations", "establishedOn"), day)).toBe("2023-02-28");
    expect(readCell(column("observations", "asOf"), new Date(Date.UTC(2024, 11, 31, 23, 59)))).toBe("2024-12-31");
    expect(excelDateText(new Date(Number.NaN))).toBeUndefined();
  });

  it("reads a bare date serial (a date in a cell not formatted as a date) as its day, and a year as a year", () => {
    expect(readCell(column("organizations", "establishedOn"), 37073)).toBe("2001-07-01");
    expect(readCell(column("organizations", "establishedOn"), 45000.75)).toBe("2023-03-15");
    expect(readCell(column("documents", "date"), 2023)).toBe("2023");
    expect(readCell(column("documents", "date"), 37073)).toBe("2001-07-01");
    // not a serial: handed on for the schema to name
    expect(readCell(column("organizations", "establishedOn"), -5)).toBe("-5");
  });

  it("keeps text dates and years as text", () => {
    expect(readCell(column("organizations", "establishedOn"), "2023-02-30")).toBe("2023-02-30");
    expect(readCell(column("observations", "asOf"), 2023)).toBe("2023");
  });

  it("reads numbers from number cells and numeric text, and identifiers typed as numbers as text", () => {
    expect(readCell(column("households", "size"), "4")).toBe(4);
    expect(readCell(column("households", "size"), 4)).toBe(4);
    expect(readCell(column("households", "size"), "四口")).toBe("四口");
    expect(readCell(column("regions", "code"), 630100)).toBe("630100");
  });

  it("reads quantities as text and nested fields as JSON, leaving broken JSON as text for the schema to name", () => {
    expect(readCell(column("observations", "value"), "400余名")).toBe("400余名");
    expect(readCell(column("observations", "value"), 120)).toBe("120");
    expect(readCell(column("observations", "sources"), '[{"documentId":"doc-1"}]')).toEqual([{ documentId: "doc-1" }]);
    expect(readCell(column("observations", "sources"), "[{broken")).toBe("[{broken");
  });

  it("treats empty and blank cells as absent", () => {
    expect(readCell(column("people", "name"), null)).toBeUndefined();
    expect(readCell(column("people", "name"), "   ")).toBeUndefined();
  });
});

describe("writeCell", () => {
  it("writes enum values as labels in the locale, or as codes", () => {
    const sex = column("people", "sex");
    expect(writeCell(sex, "female", "zh-CN")).toBe("女");
    expect(writeCell(sex, "female", "en", "codes")).toBe("female");
    expect(writeCell(column("pairings", "aims"), ["tackle-poverty", "tackle-weakness"], "zh-CN")).toBe("治穷;治弱");
  });

  it("writes a quantity as its text when the text reads back the same, else as its JSON object", () => {
    const value = column("observations", "value");
    const parsed = parseQuantity("400余名");
    if (!parsed.ok) throw new Error("400余名 is a quantity");
    const quantity = parsed.value;
    expect(writeCell(value, quantity, "zh-CN")).toBe("400余名");
    const odd = { ...quantity, max: 450 };
    expect(JSON.parse(String(writeCell(value, odd, "zh-CN")))).toEqual(odd);
  });

  it("writes nested fields as JSON and absent fields as empty cells", () => {
    expect(writeCell(column("observations", "sources"), [{ documentId: "doc-1" }], "en")).toBe('[{"documentId":"doc-1"}]');
    expect(writeCell(column("observations", "note"), undefined, "en")).toBeNull();
  });
});
