import { z } from "zod";
import { LocalizedTextSchema } from "../label/localized-text.js";
import { defineEnumLabels } from "../label/enum-labels.js";

/**
 * How serious an issue is: `error` leaves the record out, `warning` keeps it, `info` reports what cannot be told.
 *
 * @category Issues
 */
export const ISSUE_SEVERITIES = ["error", "warning", "info"] as const;

/**
 * The severity of an issue.
 *
 * @category Issues
 */
export const IssueSeveritySchema = z.enum(ISSUE_SEVERITIES);

/**
 * The severity of an issue.
 *
 * @category Issues
 */
export type IssueSeverity = z.infer<typeof IssueSeveritySchema>;

/**
 * The zh-CN and en labels of every issue severity.
 *
 * @category Issues
 */
export const issueSeverityLabels = defineEnumLabels("IssueSeverity", ISSUE_SEVERITIES, {
  error: { "zh-CN": "错误", en: "error" },
  warning: { "zh-CN": "警告", en: "warning" },
  info: { "zh-CN": "提示", en: "info" },
});

/**
 * Where in a file an issue was found, when the input came from a file.
 *
 * @category Issues
 */
export const IssueLocationSchema = z.object({
  /** The name or path of the file the input was read from. */
  file: z.string().optional(),
  /** The worksheet's name, when the file is a spreadsheet. */
  sheet: z.string().optional(),
  /** The line, counted from 1, in a text file (the line of an NDJSON record). */
  line: z.number().int().positive().optional(),
  /** The row, counted from 1, in a spreadsheet or CSV table. */
  row: z.number().int().positive().optional(),
  /** The column: its number counted from 1, or its spreadsheet letter or header (`C`, `name`). */
  column: z.union([z.number().int().positive(), z.string()]).optional(),
});

/**
 * Where in a file an issue was found.
 *
 * @category Issues
 */
export type IssueLocation = z.infer<typeof IssueLocationSchema>;

/**
 * One problem found in data: a stable namespaced code, a severity, where it is, and what it says in both languages.
 *
 * @category Issues
 */
export const IssueSchema = z.object({
  /** The stable namespaced code in `snake_case` (`organization.parent_missing`); match on it, never on the message. */
  code: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/),
  /** How serious it is: `error` leaves the record out, `warning` keeps it, `info` reports what cannot be told. */
  severity: IssueSeveritySchema,
  /** Where the issue is in the input, as a JSON pointer (`/organizations/3/parentId`); `""` is the whole input. */
  path: z.string(),
  /** What the issue says, rendered in zh-CN and en from its code's template. */
  message: LocalizedTextSchema,
  /** The values filled into the message (the offending value, the expected one …), kept for machines. */
  params: z.record(z.string(), z.unknown()),
  /** Where in a source file the issue was found, when the input came from a file. */
  location: IssueLocationSchema.optional(),
});

/**
 * One problem found in data.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: "organization.parent_missing",
 *   severity: "error",
 *   path: "/organizations/3/parentId",
 *   message: { "zh-CN": "上级党组织 org-9 不存在", en: "Parent organization org-9 does not exist" },
 *   params: { parentId: "org-9" },
 * };
 * ```
 * @category Issues
 */
export type Issue = z.infer<typeof IssueSchema>;
