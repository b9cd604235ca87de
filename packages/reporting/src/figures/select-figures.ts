import { endOfMonth, format } from "date-fns";
import { observationWindow, windowsMeet, type DatasetIndex, type Observation } from "@dangjian/core";
import type { ResolvedPeriod } from "../period/report-period.js";
import { withinScope, type ReportScope } from "../scope/report-scope.js";

/**
 * What {@link selectFigures} selects by.
 *
 * @category Figures
 */
export interface FigureSelection {
  /** The report's scope. */
  readonly scope: ReportScope;
  /** The period figures must meet (their `asOf` or `period`, at the precision they give). */
  readonly period: Pick<ResolvedPeriod, "from" | "to">;
  /** Only figures of these indicators; every indicator when absent. */
  readonly indicators?: readonly string[] | undefined;
}

/**
 * The reported figures a report shows: observations within the scope (see {@link withinScope}) whose date or
 * period meets the report's period, of the indicators asked for, in dataset order.
 *
 * @param index - the dataset's index
 * @param selection - scope, period and indicators
 * @returns the observations
 * @example
 * ```ts
 * selectFigures(index, { scope: { type: "region", id: "632200" }, period: { from: "2022-01-01", to: "2022-12-31" } });
 * ```
 * @category Figures
 */
export function selectFigures(index: DatasetIndex, selection: FigureSelection): Observation[] {
  const wanted = selection.indicators === undefined ? undefined : new Set(selection.indicators);
  return index.dataset.observations.filter(
    (observation) =>
      (wanted === undefined || wanted.has(observation.indicator)) &&
      windowsMeet(observationWindow(observation), selection.period) &&
      withinScope(index, selection.scope, observation.scope),
  );
}

/**
 * The last day an observation speaks of, `YYYY-MM-DD` (a year's or month's last day when it is stated to the
 * year or month), so figures sort by time; the empty string when it gives no end.
 *
 * @param observation - the observation
 * @returns the last day, or ""
 * @example
 * ```ts
 * figureEnd({ asOf: "2022" }); // "2022-12-31"
 * figureEnd({ period: { to: "2024-02" } }); // "2024-02-29"
 * ```
 * @category Figures
 */
export function figureEnd(observation: Pick<Observation, "asOf" | "period">): string {
  const end = observationWindow(observation).to;
  if (end === undefined) return "";
  if (end.length === 4) return `${end}-12-31`;
  if (end.length === 7) return format(endOfMonth(new Date(Number(end.slice(0, 4)), Number(end.slice(5, 7)) - 1, 1)), "yyyy-MM-dd");
  return end;
}
