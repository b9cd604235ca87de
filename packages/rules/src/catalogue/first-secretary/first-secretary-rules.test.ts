import { describe, expect, it } from "vitest";
import { indexDataset, parseDataset } from "@dangjian/core";
import { FIRST_SECRETARY_2015_POLICY, FIRST_SECRETARY_2021_POLICY } from "../../policy/built-in-policies.js";
import { resolvePolicy } from "../../policy/resolve-policy.js";
import type { Policy } from "../../policy/policy.js";
import type { Rule } from "../../rule/rule.js";
import { RULES } from "../rules.js";
import { daysBetween, dayBefore, wholeYearsBetween } from "../../day/day-arithmetic.js";
import { FS_002 } from "./fs-002/rule.js";
import { FS_004 } from "./fs-004/rule.js";
import { FS_007 } from "./fs-007/rule.js";

const AS_OF = "2024-06-30";

function firstSecretaries(holdings: readonly { id: string; personId: string; from?: string; to?: string }[], people: readonly object[] = []) {
  const personIds = [...new Set(holdings.map((holding) => holding.personId))];
  const parsed = parseDataset({
    formatVersion: "1.0",
    regions: [{ id: "v-1", name: "甲村", level: "village" }],
    people: personIds.map((id) => ({ id, name: id, ...people.find((person) => (person as { id: string }).id === id) })),
    posts: [{ id: "post-fs", role: "first-secretary", regionId: "v-1" }],
    postHoldings: holdings.map((holding) => ({ postId: "post-fs", appointment: "dispatched", ...holding })),
  });
  expect(parsed.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  return indexDataset(parsed.dataset);
}

function outcomes(rule: Rule, index: ReturnType<typeof firstSecretaries>, policy: Policy) {
  const { parameters } = resolvePolicy(policy, { rules: RULES });
  return [...rule.check({ index, asOf: AS_OF, parameters })].map((outcome) => ({ verdict: outcome.verdict, ...outcome.evidence }));
}

describe("FS-004 under the 2015 notice and the 2021 opinion", () => {
  const index = firstSecretaries([
    { id: "h-short", personId: "p-1", from: "2021-06-15", to: "2022-12-31" },
    { id: "h-long", personId: "p-2", from: "2020-06-01" },
  ]);

  it("under 2015, takes an 18-month term and breaks a running one past three years", () => {
    expect(outcomes(FS_004, index, FIRST_SECRETARY_2015_POLICY)).toMatchObject([
      { holdingId: "h-short", verdict: "pass" },
      { holdingId: "h-long", verdict: "breach", breach: "too-long", longestLastDay: "2023-05-31", servedUntil: AS_OF },
    ]);
  });

  it("under 2021, breaks the 18-month term and leaves the running one alone", () => {
    expect(outcomes(FS_004, index, FIRST_SECRETARY_2021_POLICY)).toMatchObject([
      { holdingId: "h-short", verdict: "breach", breach: "too-short", shortestLastDay: "2023-06-14" },
    ]);
  });

  it("takes a term of exactly the shortest length, both ends inclusive", () => {
    const exact = firstSecretaries([{ id: "h-1", personId: "p-1", from: "2021-06-15", to: "2023-06-14" }]);
    expect(outcomes(FS_004, exact, FIRST_SECRETARY_2021_POLICY)).toMatchObject([{ verdict: "pass" }]);
  });
});

describe("FS-002 under the 2015 notice (no years of standing required)", () => {
  it("still requires full membership when the holding began", () => {
    const index = firstSecretaries(
      [
        { id: "h-1", personId: "p-1", from: "2023-06-19" },
        { id: "h-2", personId: "p-2", from: "2023-06-19" },
      ],
      [
        { id: "p-1", fullMemberSince: "2023-06-19" },
        { id: "p-2", fullMemberSince: "2023-06-20" },
      ],
    );
    expect(outcomes(FS_002, index, FIRST_SECRETARY_2015_POLICY)).toMatchObject([
      { holdingId: "h-1", verdict: "pass", standingYears: 0 },
      { holdingId: "h-2", verdict: "breach", fullMemberWhenAppointed: false },
    ]);
  });
});

describe("FS-007", () => {
  it("measures a gap from the latest end so far, not from the previous start", () => {
    const index = firstSecretaries([
      { id: "h-a", personId: "p-1", from: "2019-01-01", to: "2023-12-31" },
      { id: "h-b", personId: "p-2", from: "2020-01-01", to: "2021-01-01" },
      { id: "h-c", personId: "p-3", from: "2024-01-10" },
    ]);
    expect(outcomes(FS_007, index, FIRST_SECRETARY_2021_POLICY)).toMatchObject([
      { previousHoldingId: "h-a", nextHoldingId: "h-b", gapDays: 0, verdict: "pass" },
      { previousHoldingId: "h-a", nextHoldingId: "h-c", gapDays: 9, verdict: "pass" },
    ]);
  });

  it("cannot tell a long gap when a holding of the village records no start", () => {
    const index = firstSecretaries([
      { id: "h-a", personId: "p-1", from: "2021-06-15", to: "2023-06-14" },
      { id: "h-b", personId: "p-2", from: "2023-08-13" },
      { id: "h-x", personId: "p-3", to: "2023-07-31" },
    ]);
    expect(outcomes(FS_007, index, FIRST_SECRETARY_2021_POLICY)).toMatchObject([{ gapDays: 59, verdict: "undetermined" }]);
  });
});

describe("day arithmetic", () => {
  it("counts whole years as addYears does, across 29 February", () => {
    expect(wholeYearsBetween("2020-02-29", "2021-02-27")).toBe(0);
    expect(wholeYearsBetween("2020-02-29", "2021-02-28")).toBe(1);
    expect(wholeYearsBetween("2021-06-19", "2023-06-18")).toBe(1);
    expect(wholeYearsBetween("2021-06-19", "2023-06-19")).toBe(2);
    expect(wholeYearsBetween("2023-06-20", "2023-06-19")).toBe(0);
  });

  it("steps back a day and counts days across month, year and leap-day ends", () => {
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
    expect(dayBefore("2023-03-01")).toBe("2023-02-28");
    expect(dayBefore("2024-01-01")).toBe("2023-12-31");
    expect(daysBetween("2023-06-14", "2023-08-13")).toBe(60);
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2024-03-31", "2024-03-30")).toBe(-1);
  });
});
