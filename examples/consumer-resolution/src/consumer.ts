// ESM consumer: compiled by tsconfig.bundler.json and tsconfig.nodenext.json ("type": "module").
import { createIssue, DangjianError, isCalendarDate, isDangjianError, localize, LocalizedTextSchema } from "@dangjian/core";
import type { DangjianErrorCode, Issue, LocalizedText, MessageTemplate } from "@dangjian/core";

const title: LocalizedText = LocalizedTextSchema.parse({ "zh-CN": "党支部", en: "Party branch" });
const template: MessageTemplate = { severity: "error", "zh-CN": "日期 {date} 无效", en: "Date {date} is invalid" };
const issue: Issue = createIssue("calendar.date_invalid", template, { path: ["meta", 0, "date"], params: { date: "2023-02-29" } });
const code: DangjianErrorCode = "invalid_argument";
const caught: unknown = new DangjianError(code, localize(title, "en"));
const caughtCode: DangjianErrorCode | undefined = isDangjianError(caught) ? caught.code : undefined;

// @ts-expect-error the SDK speaks zh-CN and en only, so the declarations must reject "fr"
localize(title, "fr");

export const seen: readonly [boolean, string, DangjianErrorCode | undefined] = [isCalendarDate("2024-02-29"), issue.path, caughtCode];

// The rules and reporting packages resolve too, and their types compose with core's.
import { RULES } from "@dangjian/rules";
import type { Finding } from "@dangjian/rules";
import { buildReport, renderMarkdown } from "@dangjian/reporting";
import type { Report, ReportSpecInput } from "@dangjian/reporting";

const spec: ReportSpecInput = { scope: { type: "region", id: "p" }, period: { kind: "year", year: 2022 } };
export const reporting: readonly [number, typeof buildReport, (report: Report) => string, Finding["severity"] | undefined, ReportSpecInput] = [
  RULES.length,
  buildReport,
  (report) => renderMarkdown(report),
  undefined,
  spec,
];
