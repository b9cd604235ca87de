import { format } from "date-fns";
import type { LocalizedText, Observation } from "@dangjian/core";

/**
 * A date stated to the year, month or day, in words: `2022年6月` / `June 2022`.
 *
 * @param text - `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @returns the date in both languages
 * @example
 * ```ts
 * partialDateText("2022-06"); // { "zh-CN": "2022年6月", en: "June 2022" }
 * ```
 * @category Figures
 */
export function partialDateText(text: string): LocalizedText {
  const [year, month, day] = text.split("-").map(Number);
  if (year === undefined || Number.isNaN(year)) return { "zh-CN": text, en: text };
  if (month === undefined) return { "zh-CN": `${year}年`, en: String(year) };
  const date = new Date(year, month - 1, day ?? 1);
  if (day === undefined) return { "zh-CN": `${year}年${month}月`, en: format(date, "MMMM yyyy") };
  return { "zh-CN": `${year}年${month}月${day}日`, en: format(date, "d MMMM yyyy") };
}

/**
 * When a figure stands, in words: its `asOf` (`2022年` / `2022`), or its period (`截至2020年` / `by 2020`,
 * `2021年以来` / `since 2021`, `2015年至2020年` / `2015 to 2020`); undefined when it gives no date.
 *
 * @param observation - the figure
 * @returns the time in both languages, or undefined
 * @example
 * ```ts
 * figureTime({ period: { to: "2020" } }); // { "zh-CN": "截至2020年", en: "by 2020" }
 * ```
 * @category Figures
 */
export function figureTime(observation: Pick<Observation, "asOf" | "period">): LocalizedText | undefined {
  if (observation.asOf !== undefined) return partialDateText(observation.asOf);
  const from = observation.period?.from === undefined ? undefined : partialDateText(observation.period.from);
  const to = observation.period?.to === undefined ? undefined : partialDateText(observation.period.to);
  if (from !== undefined && to !== undefined) return { "zh-CN": `${from["zh-CN"]}至${to["zh-CN"]}`, en: `${from.en} to ${to.en}` };
  if (to !== undefined) return { "zh-CN": `截至${to["zh-CN"]}`, en: `by ${to.en}` };
  if (from !== undefined) return { "zh-CN": `${from["zh-CN"]}以来`, en: `since ${from.en}` };
  return undefined;
}
