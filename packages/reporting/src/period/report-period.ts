import { z } from "zod";
import { endOfMonth, endOfQuarter, format, startOfQuarter } from "date-fns";
import { CalendarDateSchema, type CalendarDate, type LocalizedText } from "@dangjian/core";

/**
 * The span a report covers: a year, a quarter, a month, a custom span of days (either end open), or every day.
 *
 * @example
 * ```ts
 * const q3: ReportPeriod = { kind: "quarter", year: 2022, quarter: 3 };
 * const upTo: ReportPeriod = { kind: "custom", to: "2022-08-31" };
 * ```
 * @category Periods
 */
export const ReportPeriodSchema = z.discriminatedUnion("kind", [
  z.object({
    /** A calendar year. */
    kind: z.literal("year"),
    /** The year. */
    year: z.number().int().min(1900).max(2999),
  }),
  z.object({
    /** A calendar quarter. */
    kind: z.literal("quarter"),
    /** The year. */
    year: z.number().int().min(1900).max(2999),
    /** The quarter, 1 to 4. */
    quarter: z.number().int().min(1).max(4),
  }),
  z.object({
    /** A calendar month. */
    kind: z.literal("month"),
    /** The year. */
    year: z.number().int().min(1900).max(2999),
    /** The month, 1 to 12. */
    month: z.number().int().min(1).max(12),
  }),
  z.object({
    /** A span of days, both ends inclusive. */
    kind: z.literal("custom"),
    /** The first day, `YYYY-MM-DD`; open when absent. */
    from: CalendarDateSchema.optional(),
    /** The last day, `YYYY-MM-DD`; open when absent. */
    to: CalendarDateSchema.optional(),
  }),
  z.object({
    /** Every day: no filter. */
    kind: z.literal("all"),
  }),
]);

/**
 * The span a report covers.
 *
 * @category Periods
 */
export type ReportPeriod = z.infer<typeof ReportPeriodSchema>;

/**
 * A period as days: both ends inclusive, `YYYY-MM-DD`, absent when open, and its label in both languages.
 *
 * @category Periods
 */
export interface ResolvedPeriod {
  /** The first day; absent when open. */
  readonly from?: CalendarDate;
  /** The last day; absent when open. */
  readonly to?: CalendarDate;
  /** The period as shown: `2022年第三季度` / `2022 Q3`. */
  readonly label: LocalizedText;
}

const QUARTERS_ZH = ["一", "二", "三", "四"] as const;

// local-time dates formatted in local time: the process zone cancels out, so days never shift
const day = (date: Date): CalendarDate => format(date, "yyyy-MM-dd");

/**
 * Turns a period into its first and last day and its label.
 *
 * @param period - the period
 * @returns the days and the label
 * @example
 * ```ts
 * resolvePeriod({ kind: "quarter", year: 2022, quarter: 3 });
 * // { from: "2022-07-01", to: "2022-09-30", label: { "zh-CN": "2022年第三季度", en: "2022 Q3" } }
 * ```
 * @category Periods
 */
export function resolvePeriod(period: ReportPeriod): ResolvedPeriod {
  switch (period.kind) {
    case "year":
      return { from: `${period.year}-01-01`, to: `${period.year}-12-31`, label: { "zh-CN": `${period.year}年`, en: String(period.year) } };
    case "quarter": {
      const first = new Date(period.year, (period.quarter - 1) * 3, 1);
      return {
        from: day(startOfQuarter(first)),
        to: day(endOfQuarter(first)),
        label: { "zh-CN": `${period.year}年第${QUARTERS_ZH[period.quarter - 1]}季度`, en: `${period.year} Q${period.quarter}` },
      };
    }
    case "month": {
      const first = new Date(period.year, period.month - 1, 1);
      return {
        from: day(first),
        to: day(endOfMonth(first)),
        label: { "zh-CN": `${period.year}年${period.month}月`, en: format(first, "MMMM yyyy") },
      };
    }
    case "custom": {
      const { from, to } = period;
      const label =
        from !== undefined && to !== undefined
          ? { "zh-CN": `${from}至${to}`, en: `${from} to ${to}` }
          : from !== undefined
            ? { "zh-CN": `${from}以来`, en: `since ${from}` }
            : to !== undefined
              ? { "zh-CN": `截至${to}`, en: `up to ${to}` }
              : { "zh-CN": "全部时间", en: "all time" };
      return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }), label };
    }
    case "all":
      return { label: { "zh-CN": "全部时间", en: "all time" } };
  }
}
