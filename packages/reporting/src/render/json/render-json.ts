import { DangjianError } from "@dangjian/core";
import { ReportSchema, type Report } from "../../report/report.js";
import { prepareRender, type RenderOptions } from "../common/render-options.js";

/**
 * Options of {@link renderJson}: whether personal data shows. The JSON holds both languages, so a locale is
 * accepted and not used.
 *
 * @example
 * ```ts
 * const options: RenderJsonOptions = { personalData: "masked" };
 * ```
 * @category Renderers
 */
export type RenderJsonOptions = RenderOptions;

/**
 * Renders the report model itself as JSON, 2-space indented with a trailing newline, after checking it
 * against `ReportSchema` (keys come out in the schema's order, unknown keys dropped). Both languages stay; the
 * sections' `details` are kept for programs. Every string is masked for personal data unless shown on purpose.
 *
 * @param report - the report
 * @param options - whether personal data shows
 * @returns the JSON text
 * @throws DangjianError `invalid_argument` when the report does not match `ReportSchema` (a programmer error:
 * reports come from `buildReport`)
 * @example
 * ```ts
 * const json = renderJson(report);
 * ReportSchema.parse(JSON.parse(json));
 * ```
 * @category Renderers
 */
export function renderJson(report: Report, options: RenderJsonOptions = {}): string {
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `/${issue.path.map(String).join("/")}: ${issue.message}` : "";
    throw new DangjianError("invalid_argument", `renderJson: the report does not match ReportSchema ${where}`.trim());
  }
  const { report: shown } = prepareRender(parsed.data, options, "renderJson");
  return JSON.stringify(shown, null, 2) + "\n";
}
