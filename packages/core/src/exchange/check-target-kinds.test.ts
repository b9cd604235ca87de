import { describe, expect, it } from "vitest";
import { parseDataset } from "./parse-dataset.js";
import type { Indicator } from "../indicator/indicator.js";
import { append, expectIssue, expectLeftOut, sampleDocument } from "../../test/support/sample-dataset.js";

describe("what references point at", () => {
  it("reports a pairing side of a type its kind does not allow", () => {
    const input = sampleDocument();
    const pointer = append(input, "pairings", {
      id: "pair-x",
      kind: "cadre-household",
      helper: { type: "organization", id: "org-branch" },
      target: { type: "household", id: "hh-1" },
    });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "pairing.side_type_not_allowed", path: `${pointer}/helper/type`, severity: "error" });
    expect(issue.message.en).toBe("Pairing pair-x (cadre–household pairing): the helper cannot be a Party organization, only person");
    expect(issue.message["zh-CN"]).toBe("结对 pair-x（结对认亲）的帮扶方不能是党组织，只能是个人");
    expectLeftOut(input, result, [pointer]);
  });

  it("reports a household whose village is not village level", () => {
    const input = sampleDocument();
    const pointer = append(input, "households", { id: "hh-x", villageId: "632221100", status: "other" });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "household.village_not_village", path: `${pointer}/villageId`, severity: "error" });
    expect(issue.message.en).toBe("Household hh-x: village 632221100 is a township level region, not a village");
    expect(issue.message["zh-CN"]).toBe("家庭户 hh-x 的所在村 632221100 是乡级区域，不是村级");
    expectLeftOut(input, result, [pointer]);
  });

  it("reports an observation of an indicator neither the dataset nor the context knows", () => {
    const input = sampleDocument();
    const pointer = append(input, "observations", { id: "obs-x", indicator: "team.count", scope: { type: "region", id: "632221" }, value: "3支" });
    const result = parseDataset(input, { locale: "en" });
    const issue = expectIssue(result, { code: "observation.indicator_unknown", path: `${pointer}/indicator`, severity: "error" });
    expect(issue.message.en).toContain("team.count");
    expect(issue.message["zh-CN"]).toContain("team.count");
    expectLeftOut(input, result, [pointer]);

    const known: Indicator = {
      code: "team.count",
      label: { "zh-CN": "队伍", en: "teams" },
      unit: "支",
      countsWhat: { "zh-CN": "队伍数", en: "teams" },
      aggregation: "sum",
    };
    expect(parseDataset(input, { indicators: [known] }).issues).toEqual([]);
  });
});
