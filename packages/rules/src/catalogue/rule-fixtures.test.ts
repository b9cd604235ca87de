import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { indexDataset, parseDataset } from "@dangjian/core";
import { RULES } from "./rules.js";
import { evaluate } from "../evaluate/evaluate.js";
import { resolvePolicy } from "../policy/resolve-policy.js";
import { RuleSourceSchema } from "../source/rule-source.js";
import type { Rule, RuleOutcome } from "../rule/rule.js";

const catalogueDir = fileURLToPath(new URL("./", import.meta.url));
const REQUIRED = ["passes", "fires", "not-applicable"] as const;
const PREFIXES: Record<Rule["group"], string> = {
  setup: "ORG",
  terms: "TERM",
  "temporary-branch": "TMP",
  "first-secretary": "FS",
  pairing: "PAIR",
  coverage: "COV",
  reconciliation: "REC",
};

interface Fixture {
  readonly description: string;
  readonly asOf: string;
  readonly parameters?: Record<string, unknown>;
  readonly dataset: unknown;
}

function fixtureDir(rule: Rule): string {
  return `${catalogueDir}${rule.group}/${rule.id.toLowerCase()}/fixtures/`;
}

function readFixture(rule: Rule, name: string): Fixture | undefined {
  const file = `${fixtureDir(rule)}${name}.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Fixture) : undefined;
}

function run(rule: Rule, fixture: Fixture) {
  const parsed = parseDataset(fixture.dataset);
  const index = indexDataset(parsed.dataset);
  const policy = resolvePolicy(
    { id: "fixture", version: "1", title: { "zh-CN": "样例", en: "fixture" }, rules: [rule.id], parameters: fixture.parameters ?? {} },
    { rules: RULES },
  );
  const outcomes: RuleOutcome[] = [...rule.check({ index, asOf: fixture.asOf, parameters: policy.parameters })];
  const evaluation = evaluate(index, policy, { asOf: fixture.asOf });
  return { parsed, outcomes, evaluation };
}

const verdicts = (outcomes: readonly RuleOutcome[]) => outcomes.map((outcome) => outcome.verdict);

describe("the rule catalogue", () => {
  it("has unique ids, each with its group's prefix, titles and messages in both languages, and a valid source", () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.id.startsWith(`${PREFIXES[rule.group]}-`), rule.id).toBe(true);
      for (const text of [rule.title, rule.message, ...(rule.undeterminedMessage ? [rule.undeterminedMessage] : [])]) {
        expect(text["zh-CN"], rule.id).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en, rule.id).toMatch(/[A-Za-z]/);
      }
      expect(RuleSourceSchema.safeParse(rule.source).success, rule.id).toBe(true);
    }
  });

  it("has a fixture folder for no rule outside the catalogue", () => {
    const folders = readdirSync(catalogueDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .flatMap((group) => readdirSync(`${catalogueDir}${group.name}`, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name));
    expect(folders.filter((folder) => !RULES.some((rule) => rule.id.toLowerCase() === folder))).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))("%s has a dataset where it passes, one where it fires and one where it does not apply", (_id, rule) => {
    const missing = REQUIRED.filter((name) => readFixture(rule, name) === undefined);
    expect(missing, `${fixtureDir(rule)} lacks ${missing.join(", ")}`).toEqual([]);
  });
});

describe.each(RULES.map((rule) => [rule.id, rule] as const))("%s on its fixtures", (_id, rule) => {
  const fixture = (name: string) => readFixture(rule, name);

  it.each(["passes", "fires", "not-applicable", "undetermined"])("%s: the dataset parses without errors", (name) => {
    const data = fixture(name);
    if (data === undefined) return;
    const { parsed } = run(rule, data);
    expect(parsed.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("passes where it should: outcomes, all of them pass", () => {
    const data = fixture("passes");
    if (data === undefined) return;
    const { outcomes, evaluation } = run(rule, data);
    expect(outcomes.length, data.description).toBeGreaterThan(0);
    expect(verdicts(outcomes).filter((verdict) => verdict !== "pass"), data.description).toEqual([]);
    expect(evaluation.findings).toEqual([]);
  });

  it("fires where it should, with a finished message naming the subject", () => {
    const data = fixture("fires");
    if (data === undefined) return;
    const { outcomes, evaluation } = run(rule, data);
    expect(verdicts(outcomes), data.description).toContain("breach");
    const findings = evaluation.findings.filter((finding) => finding.outcome === "breach");
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.severity).toBe(rule.severity);
      expect(finding.subject[0]?.name).toBeTruthy();
      expect(finding.message["zh-CN"]).not.toMatch(/\{\w+\}/);
      expect(finding.message.en).not.toMatch(/\{\w+\}/);
      expect(finding.message["zh-CN"]).toContain(finding.subject[0]!.name);
    }
  });

  it.each(["passes", "fires", "not-applicable", "undetermined"])("%s: evaluate tallies the verdicts its outcomes give, each outcome naming its subject", (name) => {
    const data = fixture(name);
    if (data === undefined) return;
    const { outcomes, evaluation } = run(rule, data);
    const count = (verdict: RuleOutcome["verdict"]) => outcomes.filter((outcome) => outcome.verdict === verdict).length;
    const tally = evaluation.tallies.find((entry) => entry.ruleId === rule.id);
    expect(tally && { checked: tally.checked, passed: tally.passed, breached: tally.breached, undetermined: tally.undetermined }).toEqual({
      checked: outcomes.length,
      passed: count("pass"),
      breached: count("breach"),
      undetermined: count("undetermined"),
    });
    for (const outcome of outcomes) expect(outcome.subject.length, outcome.verdict).toBeGreaterThan(0);
  });

  it("says nothing where it does not apply", () => {
    const data = fixture("not-applicable");
    if (data === undefined) return;
    expect(run(rule, data).outcomes, data.description).toEqual([]);
  });

  it("reports what the data cannot tell as undetermined, never as a breach", () => {
    const data = fixture("undetermined");
    if (data === undefined) return;
    const { outcomes, evaluation } = run(rule, data);
    expect(verdicts(outcomes), data.description).toContain("undetermined");
    expect(verdicts(outcomes)).not.toContain("breach");
    expect(evaluation.findings.every((finding) => finding.severity === "info" && finding.outcome === "undetermined")).toBe(true);
  });
});
