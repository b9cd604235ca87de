import { describe, expect, it } from "vitest";
import { createIssue, defineMessages, renderMessage } from "./message.js";
import { fromJsonPointer, toJsonPointer } from "./json-pointer.js";
import { IssueSchema } from "./issue.js";

const messages = defineMessages<"test.missing">({
  "test.missing": { severity: "error", "zh-CN": "缺少字段 {field}（共 {count} 处）", en: "Missing field {field} ({count} places)" },
});

describe("renderMessage", () => {
  it("fills placeholders in both languages and leaves unknown ones visible", () => {
    expect(renderMessage(messages["test.missing"], { field: "id", count: 2 })).toEqual({
      "zh-CN": "缺少字段 id（共 2 处）",
      en: "Missing field id (2 places)",
    });
    expect(renderMessage(messages["test.missing"], { field: "id" }).en).toBe("Missing field id ({count} places)");
  });

  it("joins arrays and never reads inherited properties as parameters", () => {
    const template = { severity: "info" as const, "zh-CN": "{toString}{list}", en: "{constructor}{list}" };
    expect(renderMessage(template, { list: ["a", "b"] })).toEqual({ "zh-CN": "{toString}a, b", en: "{constructor}a, b" });
  });
});

describe("createIssue", () => {
  it("builds a valid issue with a JSON pointer from path segments", () => {
    const issue = createIssue("test.missing", messages["test.missing"], {
      path: ["organizations", 3, "a/b~c"],
      params: { field: "name", count: 1 },
    });
    expect(issue.path).toBe("/organizations/3/a~1b~0c");
    expect(issue.severity).toBe("error");
    expect(issue.params).toEqual({ field: "name", count: 1 });
    expect(IssueSchema.safeParse(issue).success).toBe(true);
  });

  it("lets the caller override severity and add a location", () => {
    const issue = createIssue("test.missing", messages["test.missing"], {
      severity: "warning",
      location: { file: "a.xlsx", sheet: "成员", row: 7, column: "C" },
    });
    expect(issue.severity).toBe("warning");
    expect(issue.location).toEqual({ file: "a.xlsx", sheet: "成员", row: 7, column: "C" });
    expect(issue.path).toBe("");
  });
});

describe("JSON pointers", () => {
  it("round-trip segments with ~ and /", () => {
    const segments = ["a/b", "~", "0", "", "中文"];
    expect(fromJsonPointer(toJsonPointer(segments))).toEqual(segments);
    expect(fromJsonPointer("")).toEqual([]);
  });
});
