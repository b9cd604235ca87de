import { describe, expect, it } from "vitest";
import { findJsonFault, locateJsonSyntaxError } from "./json-syntax.js";
import { linesOfPointers } from "./pointer-lines.js";
import { readJsonDocument, writeJsonDocument } from "./read-json.js";

const DOCUMENT = `{
  "formatVersion": "1.0",
  "organizations": [
    { "id": "org-1", "name": "某镇党委", "kind": "primary-committee" },
    {
      "id": "org-2",
      "name": "第一党支部",
      "kind": "branch",
      "parentId": "org-9"
    }
  ]
}
`;

describe("readJsonDocument", () => {
  it("parses a document and locates each issue by file, line and pointer", () => {
    const result = readJsonDocument(new TextEncoder().encode(DOCUMENT), { file: "county.json", locale: "en" });
    expect(result.ok).toBe(false);
    expect(result.encoding).toBe("utf-8");
    expect(result.dataset?.organizations.map((organization) => organization.id)).toEqual(["org-1"]);
    const missing = result.issues.find((issue) => issue.code === "reference.missing");
    expect(missing?.path).toBe("/organizations/1/parentId");
    expect(missing?.location).toEqual({ file: "county.json", line: 9 });
    expect(missing?.text).toContain("org-9");
  });

  it("reports a truncated document as a syntax error at its end, with line and column", () => {
    const truncated = DOCUMENT.slice(0, DOCUMENT.indexOf('"kind": "branch"'));
    const result = readJsonDocument(truncated, { file: "cut.json" });
    expect(result.ok).toBe(false);
    expect(result.dataset).toBeUndefined();
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue?.code).toBe("json.syntax_error");
    expect(issue?.location).toEqual({ file: "cut.json", line: 8, column: 7 });
    expect(issue?.text).toContain("第 8 行第 7 列");
  });

  it("locates a syntax error the engine gives no position for", () => {
    const text = '{\n  "formatVersion": "1.0",\n  "regions": [tru]\n}';
    const issue = readJsonDocument(text).issues[0];
    expect(issue?.code).toBe("json.syntax_error");
    expect(issue?.location).toMatchObject({ line: 3, column: 18 });
  });

  it("refuses an empty or a binary file with a clear issue, never a throw", () => {
    expect(readJsonDocument("").issues.map((issue) => issue.code)).toEqual(["file.empty"]);
    expect(readJsonDocument(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])).issues.map((issue) => issue.code)).toEqual(["file.binary"]);
  });

  it("writes a document that reads back to the same dataset", () => {
    const first = readJsonDocument(DOCUMENT.replace('"org-9"', '"org-1"'));
    expect(first.ok).toBe(true);
    const again = readJsonDocument(writeJsonDocument(first.dataset!));
    expect(again.dataset).toEqual(first.dataset);
  });
});

describe("JSON syntax positions", () => {
  it("agree with the engine's position where it gives one", () => {
    for (const text of ['{"a":1,}', '{"a":1', '{"a":1}x', "[1,2", '{"a":"x', '{"a" 1}', '{"a":-}']) {
      let message = "";
      try {
        JSON.parse(text);
      } catch (error) {
        message = (error as Error).message;
      }
      const engine = /at position (\d+)/.exec(message);
      if (engine) expect(findJsonFault(text), text).toBe(Number(engine[1]));
    }
    // where V8 names no position ("Unexpected token ','")
    expect(findJsonFault("[1,,2]")).toBe(3);
    expect(findJsonFault('{"a": nul}')).toBe(9);
    expect(findJsonFault('{"a":[1,{"b":null}]}')).toBe(-1);
  });

  it("count lines and columns from 1", () => {
    let thrown: unknown;
    try {
      JSON.parse("{\n  x\n}");
    } catch (error) {
      thrown = error;
    }
    expect(locateJsonSyntaxError("{\n  x\n}", thrown)).toEqual({ offset: 4, line: 2, column: 3 });
  });

  it("map pointers to the lines their values start on", () => {
    const lines = linesOfPointers(DOCUMENT, new Set(["/organizations/0", "/organizations/1", "/organizations/1/parentId", "/formatVersion"]));
    expect(Object.fromEntries(lines)).toEqual({
      "/formatVersion": 2,
      "/organizations/0": 4,
      "/organizations/1": 5,
      "/organizations/1/parentId": 9,
    });
  });
});
