import { parseDataset } from "@dangjian/core";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "../__fixtures__/sample-document.js";
import { writeCsvTables } from "./write-csv.js";

describe("writeCsvTables", () => {
  const { dataset } = parseDataset(sampleDocument());

  it("writes meta.csv and one file per collection with records, named by the collection", () => {
    expect(writeCsvTables(dataset).map((file) => file.name)).toEqual([
      "meta.csv",
      "documents.csv",
      "regions.csv",
      "organizations.csv",
      "hostUnits.csv",
      "people.csv",
      "memberships.csv",
      "teams.csv",
      "pairings.csv",
      "observations.csv",
    ]);
  });

  it("writes UTF-8 with a byte order mark, CRLF line ends and headers in the locale", () => {
    const people = writeCsvTables(dataset, { locale: "en" }).find((file) => file.name === "people.csv")?.content ?? "";
    expect(people.startsWith("\uFEFFID,Name,Sex,")).toBe(true);
    expect(people.endsWith("\r\n")).toBe(true);
    expect(people.split("\r\n")[1]?.startsWith("p-1,张三,male,")).toBe(true);
  });

  it("neutralizes formula-looking text with a leading quote, and writes enums as codes on request", () => {
    const files = writeCsvTables(dataset, { locale: "zh-CN", enums: "codes" });
    const organizations = files.find((file) => file.name === "organizations.csv")?.content ?? "";
    expect(organizations).toContain(",'=SUM(A1) 不是公式\r\n");
    expect(organizations).toContain(",local-committee,");
    const people = files.find((file) => file.name === "people.csv")?.content ?? "";
    expect(people).toContain(",'+86 138 0000 0000,");
  });

  it("quotes JSON cells as RFC 4180 asks", () => {
    const regions = writeCsvTables(dataset).find((file) => file.name === "regions.csv")?.content ?? "";
    expect(regions).toContain('"[{""documentId"":""doc-1"",""quote"":""某县""}]"');
  });
});
