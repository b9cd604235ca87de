import { describe, expect, it } from "vitest";
import type { ReportTable } from "../../report/report.js";
import { sampleReport } from "../../../test/support/sample-report.js";
import { flattenTable } from "./flatten-table.js";

describe("flattenTable", () => {
  it("splits a quantity column into its text and bounds, keeps numbers as numbers", () => {
    const table = sampleReport.sections[1]!.tables[0]!;
    const flat = flattenTable(table, "en");
    expect(flat.columns.map((column) => `${column.header}:${column.kind}`)).toEqual([
      "Indicator:text",
      "Value:text",
      "Value min:bound",
      "Value max:bound",
      "Change:number",
      "Remark:text",
    ]);
    expect(flat.rows[2]?.values).toEqual(["Funds invested", "at least 200,000 yuan", 200000, null, null, "@x"]);
  });

  it("shows a cell of another kind by its text, and a missing cell as empty", () => {
    const table: ReportTable = {
      id: "mixed",
      title: { "zh-CN": "混合", en: "Mixed" },
      columns: [
        { key: "q", label: { "zh-CN": "数量", en: "Q" }, kind: "quantity" },
        { key: "n", label: { "zh-CN": "数", en: "N" }, kind: "number" },
      ],
      rows: [{ cells: { q: { kind: "text", text: { "zh-CN": "不详", en: "unknown" } }, n: { kind: "quantity", text: { "zh-CN": "约5个", en: "about 5" }, min: 4, max: 6, exact: false } } }, { cells: {} }],
    };
    expect(flattenTable(table, "zh-CN").rows.map((row) => row.values)).toEqual([
      ["不详", null, null, "约5个"],
      [null, null, null, null],
    ]);
  });
});
