import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import { COLLECTION_NAMES } from "./dataset.js";
import { checkIntegrity } from "./check-integrity.js";
import { integrityMessages } from "./integrity-messages.js";
import { listMessageTables } from "../vocabulary/vocabulary.js";
import {
  append,
  expectIssue,
  expectLeftOut,
  expectReferentiallyWhole,
  inputIdOf,
  sampleDocument,
} from "../../test/support/sample-dataset.js";

describe("checkIntegrity through parseDataset", () => {
  it("gives a valid dataset with every collection and every kind of reference zero issues", () => {
    const input = sampleDocument();
    for (const collection of COLLECTION_NAMES) expect(input[collection].length, collection).toBeGreaterThan(0);
    const result = parseDataset(input);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expectLeftOut(input, result, []);
    expectReferentiallyWhole(result.dataset);
  });

  it("returns no issue and leaves nothing out for an empty draft", () => {
    const draft = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as never;
    const result = checkIntegrity(draft, { indicators: [] });
    expect(result.issues).toEqual([]);
    expect(result.leftOut.size).toBe(0);
  });

  it("cascades leaving out until nothing changes, so the result is referentially whole", () => {
    const input = sampleDocument();
    // the prefecture's code names a county: everything that hangs on the prefecture, directly or not, goes
    input.regions[1]!["level"] = "county";
    const result = parseDataset(input, { locale: "en" });
    expectIssue(result, { code: "region.level_code_mismatch", path: "/regions/1/level", severity: "error" });
    const leftOut = result.issues.filter((issue) => issue.code === "reference.target_left_out");
    expect(leftOut.length).toBeGreaterThan(10);
    for (const issue of leftOut) {
      expect(issue.severity).toBe("error");
      expect(issue.message.en).toContain(String(issue.params["target"]));
    }
    expectReferentiallyWhole(result.dataset);
    // the province, the village without a parent chain to 632200 … and records that never depended on it survive
    expect(result.dataset.regions.map((region) => region.id)).toEqual(["630000"]);
    expect(result.dataset.documents.map((document) => document.id)).toEqual(["doc-1"]);
    expect(result.dataset.people.map((person) => person.id)).toEqual(["p-2"]);
    expect(result.dataset.indicators).toHaveLength(1);
    // every record left out is named by an issue at its own path
    for (const collection of COLLECTION_NAMES) {
      const kept = new Set((result.dataset[collection] as unknown[]).map((record) => inputIdOf(collection, record)));
      input[collection].forEach((record, index) => {
        if (kept.has(inputIdOf(collection, record))) return;
        const at = `/${collection}/${index}`;
        expect(result.issues.some((issue) => issue.path === at || issue.path.startsWith(`${at}/`)), at).toBe(true);
      });
    }
  });

  it("names the record and the missing value in both languages, as in the design's example", () => {
    const input = sampleDocument();
    const pointer = append(input, "organizations", { id: "org-7", name: "某支部", kind: "branch", parentId: "org-99" });
    const result = parseDataset(input);
    const issue = expectIssue(result, { code: "reference.missing", path: `${pointer}/parentId`, severity: "error" });
    expect(issue.message).toEqual({
      "zh-CN": "党组织 org-7 的上级 org-99 不存在",
      en: "Organization org-7: parent org-99 does not exist",
    });
    expect(issue.text).toBe("党组织 org-7 的上级 org-99 不存在");
    expect(issue.params).toMatchObject({ collection: "organizations", id: "org-7", target: "org-99", targetCollection: "organizations" });
    expectLeftOut(input, result, [pointer]);
  });

  it("lists its message table among the package's message tables", () => {
    expect(listMessageTables().some((table) => table.messages === integrityMessages)).toBe(true);
  });
});
