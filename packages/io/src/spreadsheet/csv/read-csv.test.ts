import { describe, expect, it } from "vitest";
import type { LocatedIssue } from "@dangjian/core";
import { readCsvTables } from "./read-csv.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const file = (name: string, text: string) => ({ name, bytes: utf8(text) });
const find = (issues: readonly LocatedIssue[], code: string) => issues.filter((issue) => issue.code === code);

const ORGS = "编号,名称,组织类别,上级党组织编号\r\norg-1,某县委,地方党委,\r\norg-2,某支部,党支部,org-1\r\n";

describe("readCsvTables", () => {
  it("reads a collection by its file name, with Chinese headers and labels", () => {
    const result = readCsvTables([file("data/党组织.csv", ORGS)]);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.dataset.organizations.map((org) => [org.id, org.kind, org.parentId])).toEqual([
      ["org-1", "local-committee", undefined],
      ["org-2", "branch", "org-1"],
    ]);
  });

  it("locates a record's issue by file, row, line and header, with the JSON pointer", () => {
    const text = "id,name,kind,parentId,note\norg-1,某县委,local-committee,,\"两行\n备注\"\norg-2,某支部,branch,org-9,\n";
    const result = readCsvTables([file("organizations.csv", text)], { locale: "en" });
    const [missing] = find(result.issues, "reference.missing");
    expect(missing?.path).toBe("/organizations/1/parentId");
    // the quoted note spans two lines, so the third row starts on line 4
    expect(missing?.location).toEqual({ file: "organizations.csv", row: 3, line: 4, column: "parentId" });
    expect(missing?.text).toMatch(/org-9/);
    expect(result.dataset.organizations.map((org) => org.id)).toEqual(["org-1"]);
  });

  it("reports a day that does not exist at its cell, and keeps the other rows", () => {
    const text = "id,name,kind,establishedOn\norg-1,某县委,local-committee,2023-02-28\norg-2,某县委二,local-committee,2023-02-30\n";
    const result = readCsvTables([file("organizations.csv", text)]);
    const [bad] = find(result.issues, "shape.invalid_format");
    expect(bad?.path).toBe("/organizations/1/establishedOn");
    expect(bad?.location).toMatchObject({ file: "organizations.csv", row: 3, column: "establishedOn" });
    expect(result.dataset.organizations.map((org) => org.id)).toEqual(["org-1"]);
  });

  it("gives an empty file and a binary file an error each, and never throws", () => {
    const binary = new Uint8Array(256).map((_, index) => (index * 37) % 256);
    const result = readCsvTables([
      { name: "empty.csv", bytes: new Uint8Array() },
      { name: "people.csv", bytes: binary },
      file("blank.csv", "\r\n  \r\n"),
    ]);
    expect(find(result.issues, "file.empty").map((issue) => issue.location)).toEqual([{ file: "empty.csv" }, { file: "blank.csv" }]);
    expect(find(result.issues, "file.binary").map((issue) => issue.location)).toEqual([{ file: "people.csv" }]);
    expect(result.ok).toBe(false);
  });

  it("reads GB18030 (as Chinese Excel writes it) and says so with an info issue", () => {
    // "编号,名称,组织类别\r\norg-1,某支部,党支部\r\n" in GB18030
    const gbk = (hex: string) => Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
    const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
    const bytes = new Uint8Array([
      ...gbk("B1E0BAC5"), ...ascii(","), ...gbk("C3FBB3C6"), ...ascii(","), ...gbk("D7E9D6AFC0E0B1F0"), ...ascii("\r\norg-1,"),
      ...gbk("C4B3D6A7B2BF"), ...ascii(","), ...gbk("B5B3D6A7B2BF"), ...ascii("\r\n"),
    ]);
    const result = readCsvTables([{ name: "organizations.csv", bytes }], { locale: "en" });
    const [info] = find(result.issues, "file.encoding_detected");
    expect(info).toMatchObject({ severity: "info", location: { file: "organizations.csv" }, params: { encoding: "GB18030" } });
    expect(result.dataset.organizations).toEqual([{ id: "org-1", name: "某支部", kind: "branch" }]);
    expect(result.ok).toBe(true);
  });

  it("reads UTF-8 with a byte order mark without a word", () => {
    const result = readCsvTables([file("organizations.csv", "\uFEFF" + ORGS)]);
    expect(result.issues).toEqual([]);
    expect(result.dataset.organizations).toHaveLength(2);
  });

  it("warns about extra columns and ignores them", () => {
    const result = readCsvTables([file("organizations.csv", "id,name,kind,颜色\norg-1,某县委,local-committee,红\n")]);
    const [extra] = find(result.issues, "spreadsheet.header_unknown");
    expect(extra).toMatchObject({ severity: "warning", location: { file: "organizations.csv", row: 1, column: "颜色" } });
    expect(result.ok).toBe(true);
    expect(result.dataset.organizations).toEqual([{ id: "org-1", name: "某县委", kind: "local-committee" }]);
  });

  it("names a missing required column at the header row", () => {
    const result = readCsvTables([file("organizations.csv", "id,name\norg-1,某县委\n")], { locale: "en" });
    const [missing] = find(result.issues, "spreadsheet.column_missing");
    expect(missing).toMatchObject({ severity: "error", path: "/organizations", location: { file: "organizations.csv", row: 1 } });
    expect(missing?.text).toContain("Organization kind");
    expect(result.ok).toBe(false);
  });

  it("reads the first of two columns naming the same field and reports the second", () => {
    const result = readCsvTables([file("organizations.csv", "id,名称,kind,name\norg-1,某县委,local-committee,别的\n")]);
    const [duplicate] = find(result.issues, "spreadsheet.header_duplicate");
    expect(duplicate).toMatchObject({ severity: "error", location: { file: "organizations.csv", row: 1, column: "name" } });
    expect(result.dataset.organizations[0]?.name).toBe("某县委");
  });

  it("leaves out a ragged row with an error at its row and line, and keeps the others", () => {
    const text = "id,name,kind\norg-1,某县委,local-committee\norg-2,某支部\norg-3,某县委三,local-committee,多余\norg-4,某县委四,local-committee\n";
    const result = readCsvTables([file("organizations.csv", text)]);
    expect(find(result.issues, "csv.row_ragged").map((issue) => issue.location)).toEqual([
      { file: "organizations.csv", row: 3, line: 3 },
      { file: "organizations.csv", row: 4, line: 4 },
    ]);
    expect(result.dataset.organizations.map((org) => org.id)).toEqual(["org-1", "org-4"]);
  });

  it("reports a quote that never closes, with its line", () => {
    const result = readCsvTables([file("organizations.csv", 'id,name,kind\norg-1,"某县委,local-committee\n')]);
    const [broken] = find(result.issues, "csv.unreadable");
    expect(broken?.location?.file).toBe("organizations.csv");
    expect(result.ok).toBe(false);
  });

  it("skips an unknown file with a warning and reads the rest", () => {
    const result = readCsvTables([file("colours.csv", "a,b\n1,2\n"), file("organizations.csv", ORGS)]);
    expect(find(result.issues, "spreadsheet.sheet_unknown")[0]).toMatchObject({ severity: "warning", location: { file: "colours.csv" } });
    expect(result.dataset.organizations).toHaveLength(2);
  });

  it("strips the quote that neutralizes formula-looking text, and keeps a quote a person typed", () => {
    const text = "id,name,kind,note\norg-1,某县委,local-committee,'=SUM(A1)\norg-2,某县委二,local-committee,'不是公式\n";
    const result = readCsvTables([file("organizations.csv", text)]);
    expect(result.dataset.organizations.map((org) => org.note)).toEqual(["=SUM(A1)", "'不是公式"]);
  });

  it("reads tab-separated text", () => {
    const result = readCsvTables([file("organizations.csv", "id\tname\tkind\norg-1\t某县委\tlocal-committee\n")]);
    expect(result.dataset.organizations).toEqual([{ id: "org-1", name: "某县委", kind: "local-committee" }]);
  });
});
