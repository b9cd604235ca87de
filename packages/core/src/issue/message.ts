import type { IssueSeverity, Issue, IssueLocation } from "./issue.js";
import type { LocalizedText } from "../label/localized-text.js";
import { toJsonPointer } from "./json-pointer.js";

/**
 * A message template in both languages with `{name}` placeholders, and the severity it is raised with.
 *
 * @category Issues
 */
export interface MessageTemplate {
  /** The severity an issue with this message has unless the caller says otherwise. */
  readonly severity: IssueSeverity;
  /** The Chinese template. */
  readonly "zh-CN": string;
  /** The English template. */
  readonly en: string;
}

/**
 * A table of message templates keyed by issue code.
 *
 * @category Issues
 */
export type MessageTable = { readonly [code: string]: MessageTemplate };

/**
 * Declares a table of message templates, checked for shape and kept literal.
 *
 * @param table - templates keyed by their namespaced issue code
 * @returns the same table
 * @example
 * ```ts
 * const messages = defineMessages({
 *   "region.code_invalid": { severity: "error", "zh-CN": "区划代码 {code} 无效", en: "Region code {code} is invalid" },
 * });
 * ```
 * @category Issues
 */
export function defineMessages<const Code extends string>(
  table: Readonly<Record<Code, MessageTemplate>>,
): Readonly<Record<Code, MessageTemplate>> {
  return table;
}

function fill(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? formatParam(params[name]) : whole,
  );
}

function formatParam(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatParam).join(", ");
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return String(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Fills a message template with its parameters in both languages.
 *
 * @param template - the message template
 * @param params - values for the `{name}` placeholders
 * @returns the message in zh-CN and en
 * @example
 * ```ts
 * renderMessage({ severity: "error", "zh-CN": "缺少 {field}", en: "Missing {field}" }, { field: "id" });
 * // { "zh-CN": "缺少 id", en: "Missing id" }
 * ```
 * @category Issues
 */
export function renderMessage(
  template: MessageTemplate,
  params: Readonly<Record<string, unknown>> = {},
): LocalizedText {
  return { "zh-CN": fill(template["zh-CN"], params), en: fill(template.en, params) };
}

/**
 * What {@link createIssue} needs besides the template.
 *
 * @category Issues
 */
export interface IssueInit {
  /** Where the issue is: a JSON pointer string or the path segments. */
  readonly path?: string | readonly PropertyKey[];
  /** Values for the template's placeholders, kept on the issue for machines. */
  readonly params?: Readonly<Record<string, unknown>>;
  /** Overrides the template's severity. */
  readonly severity?: IssueSeverity;
  /** Where in a file the issue was found. */
  readonly location?: IssueLocation;
}

/**
 * Creates an issue from a code in a message table.
 *
 * @param code - the namespaced issue code
 * @param template - its message template
 * @param init - path, params, and optional severity and location
 * @returns the issue
 * @example
 * ```ts
 * createIssue("quantity.not_a_quantity", messages["quantity.not_a_quantity"], { params: { text: "若干" } });
 * ```
 * @category Issues
 */
export function createIssue(code: string, template: MessageTemplate, init: IssueInit = {}): Issue {
  const params = init.params ?? {};
  const path = typeof init.path === "string" ? init.path : toJsonPointer(init.path ?? []);
  const issue: Issue = {
    code,
    severity: init.severity ?? template.severity,
    path,
    message: renderMessage(template, params),
    params: { ...params },
  };
  if (init.location) issue.location = init.location;
  return issue;
}
