import { DangjianError, DEFAULT_LOCALE, LOCALES, type Locale } from "@dangjian/core";
import { maskReport } from "../../personal-data/mask-report.js";
import type { Report } from "../../report/report.js";

/**
 * Options every renderer takes.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { locale: "en", personalData: "masked" };
 * const markdown = renderMarkdown(report, options);
 * ```
 * @category Renderers
 */
export interface RenderOptions {
  /** The language of the output, `"zh-CN"` (default) or `"en"`; JSON holds both and ignores it. */
  readonly locale?: Locale;
  /**
   * `"masked"` masks resident ID numbers and mobile numbers in every string of the output; `"visible"` shows
   * the model's strings as they are. Defaults to the report's own `personalData`, so personal data shows only
   * when the builder was asked for it or the caller asks here.
   */
  readonly personalData?: "masked" | "visible";
}

/**
 * What a renderer works from: the report to show, masked unless visibility was asked for, and the locale.
 *
 * @internal
 */
export interface PreparedRender {
  /** The report to show, masked as a safety net unless personal data is visible. */
  readonly report: Report;
  /** The output language. */
  readonly locale: Locale;
}

/**
 * Resolves a renderer's options: checks the locale and masks the report's strings again unless personal data
 * is to be shown, so a hand-edited model that claims to be masked cannot leak.
 *
 * @param report - the report to render
 * @param options - the renderer's options
 * @param where - the renderer, for error messages
 * @returns the report to show and the locale
 * @throws DangjianError `unknown_locale` for a locale other than zh-CN and en
 * @internal
 */
export function prepareRender(report: Report, options: RenderOptions, where: string): PreparedRender {
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new DangjianError("unknown_locale", `${where}: locale must be one of ${LOCALES.join(", ")}, got ${String(locale)}`);
  }
  const personalData = options.personalData ?? report.personalData;
  return { report: personalData === "visible" ? report : maskReport(report), locale };
}
