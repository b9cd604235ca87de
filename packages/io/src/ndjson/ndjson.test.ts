import { describe, expect, it } from "vitest";
import { parseDataset, type LocatedIssue } from "@dangjian/core";
import { readNdjsonLines, type NdjsonLine } from "./read-lines.js";
import { validateNdjson } from "./validate.js";
import { datasetFromNdjson, writeNdjson } from "./dataset.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// split anywhere, as a file stream would: inside lines, inside multi-byte characters
function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

async function collect(source: AsyncIterable<NdjsonLine>): Promise<NdjsonLine[]> {
  const out: NdjsonLine[] = [];
  for await (const item of source) out.push(item);
  return out;
}

const lines = (...records: object[]): string => records.map((record) => JSON.stringify(record)).join("\n") + "\n";

const ORGANIZATION = { type: "organization", id: "org-1", name: "第一党支部", kind: "branch" };
const PERSON = { type: "person", id: "p-1", name: "张三" };
const MEMBERSHIP = { type: "membership", id: "m-1", personId: "p-1", organizationId: "org-1", status: "full", from: "2015-07-01" };

describe("readNdjsonLines", () => {
  it("splits lines across chunks, with CRLF, a byte order mark and no final line break", async () => {
    const text = '\uFEFF{"a":"党"}\r\n{"b":2}\n\n{"c":3}';
    for (const size of [1, 2, 3, 7, 1000]) {
      const items = await collect(readNdjsonLines(chunked(encode(text), size)));
      expect(items, String(size)).toEqual([
        { kind: "line", line: 1, text: '{"a":"党"}' },
        { kind: "line", line: 2, text: '{"b":2}' },
        { kind: "line", line: 3, text: "" },
        { kind: "line", line: 4, text: '{"c":3}' },
      ]);
    }
  });

  it("skips a line over the cap up to the next line break, reporting its number, and reads on", async () => {
    // a 2 MB single line under a 64 KB cap, in 64 KB chunks: never held whole
    const long = '{"note":"' + "x".repeat(2 * 1024 * 1024) + '"}';
    const text = `{"a":1}\n${long}\n{"b":2}\n${long}`;
    const items = await collect(readNdjsonLines(chunked(encode(text), 65_536), { maxLineLength: 65_536, file: "big.ndjson" }));
    expect(items.map((item) => (item.kind === "line" ? item.text : item.issue.code))).toEqual([
      '{"a":1}',
      "ndjson.line_too_long",
      '{"b":2}',
      "ndjson.line_too_long",
    ]);
    const issue = items[1]?.kind === "issue" ? items[1].issue : undefined;
    expect(issue?.location).toEqual({ file: "big.ndjson", line: 2 });
    expect(issue?.params).toMatchObject({ line: 2, maxLength: 65_536, length: long.length });
    const last = items[3]?.kind === "issue" ? items[3].issue : undefined;
    expect(last?.location).toEqual({ file: "big.ndjson", line: 4 });
  });

  it("reads GB18030 and UTF-16 bytes, and stops at binary content", async () => {
    // '{"n":"党支部"}' with the name in GB18030
    const gb = Uint8Array.from([...encode('{"n":"'), 0xb5, 0xb3, 0xd6, 0xa7, 0xb2, 0xbf, ...encode('"}\n')]);
    const items = await collect(readNdjsonLines([gb]));
    expect(items).toEqual([expect.objectContaining({ kind: "issue" }), { kind: "line", line: 1, text: '{"n":"党支部"}' }]);
    expect(items[0]?.kind === "issue" && items[0].issue.code).toBe("file.encoding_detected");
    const binary = await collect(readNdjsonLines([Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00])]));
    expect(binary.map((item) => item.kind === "issue" && item.issue.code)).toEqual(["file.binary"]);
  });

  it("reports bytes that end inside a character, keeping the lines before", async () => {
    const bytes = encode('{"a":1}\n{"b":"党"}');
    const items = await collect(readNdjsonLines(chunked(bytes.subarray(0, bytes.length - 3), 5), { file: "cut.ndjson" }));
    expect(items.map((item) => (item.kind === "line" ? item.text : item.issue.code))).toEqual(['{"a":1}', "file.encoding_invalid", '{"b":"\uFFFD']);
    expect(items[1]?.kind === "issue" && items[1].issue.location).toEqual({ file: "cut.ndjson", line: 2 });
  });
});

describe("validateNdjson", () => {
  it("accepts a valid stream and counts records per collection", async () => {
    const text = lines({ type: "meta", formatVersion: "1.0", title: "测试" }, ORGANIZATION, PERSON, MEMBERSHIP);
    const summary = await validateNdjson([encode(text)]);
    expect(summary).toMatchObject({
      ok: true,
      lines: 4,
      records: 3,
      valid: 3,
      counts: { organizations: 1, people: 1, memberships: 1 },
      severities: { error: 0, warning: 0, info: 0 },
      encoding: "utf-8",
      passes: 1,
      formatVersion: "1.0",
      meta: { title: "测试" },
    });
  });

  it("locates every issue by file, line and JSON pointer, in the locale asked", async () => {
    const text = [
      JSON.stringify(ORGANIZATION),
      '{"type":"person","id":"p-1","name":"张三",}',
      JSON.stringify({ type: "membership", id: "m-1", personId: "p-1", organizationId: "org-1", status: "member" }),
      JSON.stringify({ type: "membership", id: "m-2", personId: "p-1", organizationId: "org-1", status: "full", colour: "red" }),
      JSON.stringify({ type: "branch", id: "x" }),
      JSON.stringify({ id: "y" }),
      "[1]",
    ].join("\r\n");
    const issues: LocatedIssue[] = [];
    const summary = await validateNdjson([text], { file: "m.ndjson", locale: "en", onIssue: (issue) => issues.push(issue) });
    expect(summary.ok).toBe(false);
    expect(summary.issues).toEqual([]);
    const brief = issues.map((issue) => [issue.code, issue.path, issue.location]);
    expect(brief).toEqual([
      ["ndjson.invalid_json", "", { file: "m.ndjson", line: 2, column: 41 }],
      ["shape.invalid_value", "/memberships/0/status", { file: "m.ndjson", line: 3 }],
      ["record.unknown_field", "/memberships/1/colour", { file: "m.ndjson", line: 4 }],
      ["ndjson.type_unknown", "", { file: "m.ndjson", line: 5 }],
      ["ndjson.type_missing", "", { file: "m.ndjson", line: 6 }],
      ["ndjson.not_an_object", "", { file: "m.ndjson", line: 7 }],
      // the person on line 2 was never read
      ["reference.missing", "/memberships/1/personId", { file: "m.ndjson", line: 4 }],
    ]);
    expect(issues[0]?.text).toContain("Line 2, column 41");
    expect(issues.at(-1)?.text).toBe("Membership m-2: person p-1 does not exist");
    expect(summary.severities).toEqual({ error: 6, warning: 1, info: 0 });
  });

  it("reports duplicate ids and references to a record of the wrong type", async () => {
    const text = lines(ORGANIZATION, PERSON, { ...PERSON, name: "李四" }, { ...MEMBERSHIP, organizationId: "p-1" });
    const summary = await validateNdjson([text]);
    expect(summary.issues.map((issue) => [issue.code, issue.path, issue.location?.line])).toEqual([
      ["record.duplicate_id", "/people/1/id", 3],
      ["reference.wrong_type", "/memberships/0/organizationId", 4],
    ]);
    expect(summary.issues[1]?.text).toBe("组织关系 m-1 的党组织 p-1 是人员，不是党组织");
  });

  describe("reference order", () => {
    const membersFirst = lines(MEMBERSHIP, PERSON, ORGANIZATION);

    it("one pass: referenced records may come later while the forward references fit the limit", async () => {
      expect((await validateNdjson([membersFirst])).ok).toBe(true);
    });

    it("one pass: past the limit a forward reference is reported at once, naming the order", async () => {
      const summary = await validateNdjson([membersFirst], { maxPendingReferences: 1, locale: "en" });
      expect(summary.issues.map((issue) => [issue.code, issue.path, issue.location?.line])).toEqual([
        ["ndjson.reference_not_yet_seen", "/memberships/0/organizationId", 1],
      ]);
      expect(summary.issues[0]?.text).toContain("list referenced records first, or validate in two passes");
    });

    it("two passes: the same file read first for ids resolves every reference with nothing held", async () => {
      const summary = await validateNdjson([membersFirst], { maxPendingReferences: 0, referenceSource: [membersFirst] });
      expect(summary).toMatchObject({ ok: true, passes: 2, valid: 3 });
    });

    it("two passes: a separate file of the referenced records", async () => {
      const summary = await validateNdjson([lines(MEMBERSHIP)], { maxPendingReferences: 0, referenceSource: [lines(ORGANIZATION, PERSON)] });
      expect(summary).toMatchObject({ ok: true, counts: { memberships: 1 } });
    });

    it("organizations first: nothing is held and nothing is missing", async () => {
      expect((await validateNdjson([lines(ORGANIZATION, PERSON, MEMBERSHIP)], { maxPendingReferences: 0 })).ok).toBe(true);
    });
  });

  it("reports an empty stream, and a meta line after the first record", async () => {
    expect((await validateNdjson([encode("\n\n")])).issues.map((issue) => issue.code)).toEqual(["file.empty"]);
    const late = await validateNdjson([lines(ORGANIZATION, { type: "meta", formatVersion: "1.0" })]);
    expect(late.issues.map((issue) => [issue.code, issue.severity])).toEqual([["ndjson.meta_not_first", "warning"]]);
  });

  it("keeps the first issues only, and counts the rest", async () => {
    const text = Array.from({ length: 50 }, () => "{").join("\n");
    const summary = await validateNdjson([text], { keepIssues: 10 });
    expect(summary.issues).toHaveLength(10);
    expect(summary.issuesNotKept).toBe(40);
    expect(summary.severities.error).toBe(50);
  });
});

describe("writeNdjson and datasetFromNdjson", () => {
  const input = {
    formatVersion: "1.0",
    meta: { title: "往返测试", publisher: "测试" },
    regions: [{ id: "990000", code: "990000", name: "某省", level: "province" }],
    organizations: [
      { id: "org-2", name: "第一党支部", kind: "branch", parentId: "org-1", regionId: "990000" },
      { id: "org-1", name: "某党委", kind: "primary-committee", regionId: "990000", establishedOn: "1960-01-01" },
    ],
    people: [{ id: "p-1", name: "张三", sex: "male", birthDate: "1970-02-03" }],
    memberships: [{ id: "m-1", personId: "p-1", organizationId: "org-2", status: "full", from: "1995-07-01" }],
    observations: [{ id: "o-1", indicator: "flag.issued.count", scope: { type: "organization", id: "org-1" }, asOf: "2020-12-31", value: "400余面" }],
  };

  it("round trip: dataset -> NDJSON -> dataset gives back an equal dataset", async () => {
    const parsed = parseDataset(input);
    expect(parsed.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    let text = "";
    for await (const chunk of writeNdjson(parsed.dataset, { chunkLength: 100 })) {
      expect(chunk.endsWith("\n")).toBe(true);
      text += chunk;
    }
    expect(text.split("\n")[0]).toBe('{"type":"meta","formatVersion":"1.0","title":"往返测试","publisher":"测试"}');
    const back = await datasetFromNdjson(chunked(encode(text), 17));
    expect(back.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(back.dataset).toEqual(parsed.dataset);
    // and the stream validator accepts what the writer wrote, in one pass: the branch listed before its parent
    // committee is the one forward reference held
    expect((await validateNdjson([text])).ok).toBe(true);
    const strict = await validateNdjson([text], { maxPendingReferences: 0 });
    expect(strict.issues.map((issue) => issue.path)).toEqual(["/organizations/0/parentId"]);
  });

  it("locates parseDataset's whole-dataset issues by the line of the record", async () => {
    const text = lines(
      { type: "organization", id: "org-1", name: "甲", kind: "branch", parentId: "org-2" },
      { type: "organization", id: "org-2", name: "乙", kind: "branch", parentId: "org-1" },
      { type: "membership", id: "m-1", personId: "p-9", organizationId: "org-1", status: "full" },
    );
    const result = await datasetFromNdjson([text], { file: "c.ndjson" });
    expect(result.ok).toBe(false);
    const cycle = result.issues.find((issue) => issue.code === "organization.cycle");
    expect(cycle?.location).toEqual({ file: "c.ndjson", line: 1 });
    const missing = result.issues.find((issue) => issue.code === "reference.missing");
    expect(missing).toMatchObject({ path: "/memberships/0/personId", location: { file: "c.ndjson", line: 3 } });
  });
});
