import type { Observation } from "../observation/observation.js";

/**
 * The days a figure speaks of, each end `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and inclusive at its own precision
 * (`to: "2022"` reaches to the last day of 2022); an absent end is open.
 *
 * @category Reconciliation
 */
export interface DateWindow {
  /** The first day, at any precision; absent when open. */
  readonly from?: string | undefined;
  /** The last day, at any precision; absent when open. */
  readonly to?: string | undefined;
}

/**
 * The window an observation speaks of: its `asOf` (a point, at the precision given), else its `period`, else
 * every day.
 *
 * @param observation - the observation
 * @returns its window
 * @example
 * ```ts
 * observationWindow({ ...observation, asOf: "2022" }); // { from: "2022", to: "2022" }
 * ```
 * @category Reconciliation
 */
export function observationWindow(observation: Pick<Observation, "asOf" | "period">): DateWindow {
  if (observation.asOf !== undefined) return { from: observation.asOf, to: observation.asOf };
  return { from: observation.period?.from, to: observation.period?.to };
}

// each end is inclusive at its own precision, so two ends compare on what both state: "2022" meets "2022-01-01"
function atCommonPrecision(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const [x, y] = [a.slice(0, length), b.slice(0, length)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Whether a span of days meets a window: it starts no later than the window ends and ends no earlier than the
 * window starts, two ends compared at the coarser of their precisions, since each is inclusive at its own (a
 * span starting 2022-12-31 meets a window ending "2022"; a span ending "2022" meets a window from 2022-06-01).
 * Open ends always meet.
 *
 * @param span - the span, `from` and `to` at any precision, absent when open
 * @param window - the window
 * @returns true when they share a day
 * @example
 * ```ts
 * windowsMeet({ from: "2022-12-31" }, { to: "2022" }); // true
 * windowsMeet({ to: "2020-06-30" }, { from: "2021" }); // false
 * windowsMeet({ to: "2022" }, { from: "2022-06-01" }); // true
 * ```
 * @category Reconciliation
 */
export function windowsMeet(span: DateWindow, window: DateWindow): boolean {
  if (window.to !== undefined && span.from !== undefined && atCommonPrecision(span.from, window.to) > 0) return false;
  if (window.from !== undefined && span.to !== undefined && atCommonPrecision(span.to, window.from) < 0) return false;
  return true;
}
