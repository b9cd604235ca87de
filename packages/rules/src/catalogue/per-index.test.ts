import { describe, expect, it } from "vitest";
import { emptyDataset, indexDataset } from "@dangjian/core";
import { perIndex, perIndexAndDay } from "./per-index.js";

describe("perIndex and perIndexAndDay", () => {
  it("compute once per index, and once per index and day for the last day asked about", () => {
    const first = indexDataset(emptyDataset());
    const second = indexDataset(emptyDataset());
    const calls: string[] = [];
    const byIndex = perIndex((index) => {
      calls.push(index === first ? "first" : "second");
      return {};
    });
    expect(byIndex(first)).toBe(byIndex(first));
    expect(byIndex(second)).not.toBe(byIndex(first));
    expect(calls).toEqual(["first", "second"]);

    const days: string[] = [];
    const byDay = perIndexAndDay((_index, day) => {
      days.push(day);
      return { day };
    });
    const kept = byDay(first, "2024-06-30");
    expect(byDay(first, "2024-06-30")).toBe(kept);
    expect(byDay(first, "2024-07-01")).toEqual({ day: "2024-07-01" });
    expect(byDay(first, "2024-06-30")).not.toBe(kept);
    expect(byDay(second, "2024-06-30")).toEqual({ day: "2024-06-30" });
    expect(days).toEqual(["2024-06-30", "2024-07-01", "2024-06-30", "2024-06-30"]);
  });
});
