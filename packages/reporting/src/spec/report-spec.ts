import { z } from "zod";
import { CalendarDateSchema, IndicatorCodeSchema, LocalizedTextSchema, RecordIdSchema, RegionLevelSchema, fromZodIssues, type ParseResult } from "@dangjian/core";
import { ReportPeriodSchema } from "../period/report-period.js";
import { REPORT_SECTION_KINDS, ReportSectionKindSchema } from "../report/report.js";

/**
 * What a report is to show: its scope, period, indicators, grouping, sections, the policy its findings use and
 * the coverage statements it checks. Everything but the scope has a default.
 *
 * @example
 * ```ts
 * const spec: ReportSpecInput = {
 *   scope: { type: "region", id: "630000" },
 *   period: { kind: "year", year: 2022 },
 *   asOf: "2022-12-31",
 *   sections: ["narrative", "figures", "roll-up", "coverage", "reconciliation"],
 * };
 * ```
 * @category Report specs
 */
export const ReportSpecSchema = z.object({
  /** The report's title; the dataset's title, else the scope's name, when absent. */
  title: LocalizedTextSchema.optional(),
  /** What the report is about: an organization or a region, and everything under it. */
  scope: z.object({
    /** `organization` or `region`. */
    type: z.enum(["organization", "region"]),
    /** The record's id. */
    id: RecordIdSchema,
  }),
  /** The span the figures must fall in (an observation counts when its date or period meets it); every day by default. */
  period: ReportPeriodSchema.default({ kind: "all" }),
  /** The day rules and coverage are judged for, `YYYY-MM-DD`; the period's last day when absent. */
  asOf: CalendarDateSchema.optional(),
  /** The indicators to show, by code; every indicator with a figure in scope when absent. */
  indicators: z.array(IndicatorCodeSchema).optional(),
  /** The tree roll-ups walk: the scope's own tree by default. A region report also places organizations' figures at their region. */
  tree: z.enum(["organization", "region"]).optional(),
  /** How deep roll-up tables go below the scope: a region level (region trees) or a number of levels; all levels with figures by default. */
  groupBy: z.union([RegionLevelSchema, z.number().int().nonnegative()]).optional(),
  /** The sections, in order; all of them by default. */
  sections: z.array(ReportSectionKindSchema).default([...REPORT_SECTION_KINDS]),
  /** The policy findings and coverage are judged by, `id` or `id@version`; `national` by default. */
  policy: z.string().min(1).default("national"),
  /** The rules whose subjects are the coverage statements (全覆盖), by id; the built-in statements by default. */
  coverage: z.array(z.string().regex(/^[A-Z]+-\d{3}$/)).optional(),
  /** Personal data (resident ID numbers, phone numbers) stays masked unless this is `visible`. */
  personalData: z.enum(["masked", "visible"]).default("masked"),
});

/**
 * A report specification with its defaults applied.
 *
 * @category Report specs
 */
export type ReportSpec = z.infer<typeof ReportSpecSchema>;

/**
 * A report specification as written, defaults optional.
 *
 * @category Report specs
 */
export type ReportSpecInput = z.input<typeof ReportSpecSchema>;

/**
 * Reads a report specification from untrusted input (a file, a command line): never throws; each issue is
 * located by JSON pointer, with messages in zh-CN and en.
 *
 * @param input - the specification as read
 * @returns the specification with defaults applied, or the issues
 * @example
 * ```ts
 * const result = parseReportSpec(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(issue.path, issue.message["zh-CN"]);
 * ```
 * @category Report specs
 */
export function parseReportSpec(input: unknown): ParseResult<ReportSpec> {
  const result = ReportSpecSchema.safeParse(input);
  if (!result.success) return { ok: false, issues: fromZodIssues(result.error.issues, input, []) };
  return { ok: true, value: result.data, issues: [] };
}
