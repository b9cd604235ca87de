import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import type { CollectionName } from "./dataset.js";
import { append, expectIssue, expectLeftOut, expectReferentiallyWhole, sampleDocument } from "../../test/support/sample-dataset.js";

const TREES: readonly (readonly [code: string, collection: CollectionName, make: (id: string, parentId: string) => Record<string, unknown>])[] = [
  ["organization.cycle", "organizations", (id, parentId) => ({ id, name: id, kind: "branch", parentId })],
  ["host_unit.cycle", "hostUnits", (id, parentId) => ({ id, name: id, kind: "other", parentId })],
  // a cycle of regions also breaks the level order; the record below it is a village under a township
  ["region.cycle", "regions", (id, parentId) => ({ id, name: id, level: id === "cyc-below" ? "village" : "township", parentId })],
  ["campaign.cycle", "campaigns", (id, parentId) => ({ id, name: id, kind: "campaign", parentId })],
];

describe("cycles in the trees", () => {
  it.each(TREES)("reports %s on every record of the cycle and cascades to the records below", (code, collection, make) => {
    const input = sampleDocument();
    const a = append(input, collection, make("cyc-a", "cyc-c"));
    const b = append(input, collection, make("cyc-b", "cyc-a"));
    const c = append(input, collection, make("cyc-c", "cyc-b"));
    const below = append(input, collection, make("cyc-below", "cyc-b"));
    const result = parseDataset(input, { locale: "en" });
    for (const pointer of [a, b, c]) {
      const issue = expectIssue(result, { code, path: `${pointer}/parentId`, severity: "error" });
      expect(issue.params["cycleLength"]).toBe(3);
    }
    const first = result.issues.find((issue) => issue.path === `${a}/parentId`)!;
    expect(first.message.en).toContain("cyc-a → cyc-c → cyc-b → cyc-a");
    expect(first.message["zh-CN"]).toContain("cyc-a → cyc-c → cyc-b → cyc-a");
    expectIssue(result, { code: "reference.target_left_out", path: `${below}/parentId`, severity: "error" });
    expectLeftOut(input, result, [a, b, c, below]);
    expectReferentiallyWhole(result.dataset);
  });

  it("reports a record that is its own parent", () => {
    const input = sampleDocument();
    const self = append(input, "organizations", { id: "org-self", name: "n", kind: "branch", parentId: "org-self" });
    const result = parseDataset(input);
    const issue = expectIssue(result, { code: "organization.cycle", path: `${self}/parentId`, severity: "error" });
    expect(issue.message["zh-CN"]).toBe("党组织 org-self 的上级关系构成循环（org-self → org-self），此条未被采用");
    expectLeftOut(input, result, [self]);
  });

  it("handles a chain 100,000 deep without recursion and names a long cycle by its first ids", () => {
    const input = sampleDocument();
    const depth = 100_000;
    for (let i = 0; i < depth; i++) input.organizations.push({ id: `deep-${i}`, name: "n", kind: "branch", parentId: i === 0 ? "org-haibei" : `deep-${i - 1}` });
    const ring = 50;
    for (let i = 0; i < ring; i++) input.organizations.push({ id: `ring-${i}`, name: "n", kind: "branch", parentId: `ring-${(i + 1) % ring}` });
    const result = parseDataset(input, { locale: "en" });
    const cycles = result.issues.filter((issue) => issue.code === "organization.cycle");
    expect(cycles).toHaveLength(ring);
    expect(cycles[0]!.message.en).toMatch(/ring-0 → ring-1 → .* → ring-7 → … → ring-0/);
    expect(result.issues).toHaveLength(ring);
    expect(result.dataset.organizations).toHaveLength(3 + depth);
  });
});
