import type { DatasetIndex } from "../dataset-index/dataset-index.js";
import { defineEnumLabels } from "../label/enum-labels.js";
import type { Indicator } from "../indicator/indicator.js";
import type { Observation } from "../observation/observation.js";
import { parseQuantity } from "../quantity/parse-quantity.js";
import type { Quantity } from "../quantity/quantity.js";
import type { QuantityQualifier } from "../quantity/quantity-qualifier.js";
import { observationWindow } from "./date-window.js";
import { createRecordCounter, type RecordCounter } from "./record-counter.js";

/**
 * How a reported figure compares with the count derived from the records.
 *
 * @category Reconciliation
 */
export const RECONCILIATION_STATUSES = ["consistent", "inconsistent", "partial"] as const;

/**
 * How a reported figure compares with the derived count: `consistent` (the count is within the figure's
 * bounds), `inconsistent` (the records prove more than the figure allows), or `partial` (fewer records than
 * reported: the records may be incomplete, so nothing is proved).
 *
 * @category Reconciliation
 */
export type ReconciliationStatus = (typeof RECONCILIATION_STATUSES)[number];

/**
 * The zh-CN and en labels of every reconciliation status.
 *
 * @category Reconciliation
 */
export const reconciliationStatusLabels = defineEnumLabels("ReconciliationStatus", RECONCILIATION_STATUSES, {
  consistent: { "zh-CN": "一致", en: "consistent" },
  inconsistent: { "zh-CN": "不一致", en: "inconsistent" },
  partial: { "zh-CN": "台账不全", en: "partial records" },
});

/**
 * A reported figure reconciled with the records.
 *
 * @category Reconciliation
 */
export interface Reconciliation {
  /** The observation reconciled. */
  readonly observation: Observation;
  /** Its indicator. */
  readonly indicator: Indicator;
  /** The figure as compared: the reported one, re-read with the tolerance when stated with 近, 约 or 左右. */
  readonly reported: Quantity;
  /** The number of records counted. */
  readonly derived: number;
  /** How they compare. */
  readonly status: ReconciliationStatus;
}

/**
 * Options of {@link reconcileObservation}.
 *
 * @category Reconciliation
 */
export interface ReconcileOptions {
  /** How far 近, 约 and 左右 reach, as a fraction (0.1 when omitted); other figures are compared as parsed. */
  readonly tolerance?: number;
  /** A counter to reuse across many observations; one is made for the call when omitted. */
  readonly counter?: RecordCounter;
}

// the qualifiers whose reach is the tolerance
const LOOSE: ReadonlySet<QuantityQualifier> = new Set<QuantityQualifier>(["nearly", "about", "around"]);

function reread(value: Quantity, tolerance: number): Quantity {
  if (value.qualifier === null || !LOOSE.has(value.qualifier)) return value;
  const result = parseQuantity(value.text, { tolerance });
  return result.ok ? result.value : value;
}

/**
 * Reconciles a reported figure with the records: counts what its indicator's derivation selects within its
 * scope and window (see {@link createRecordCounter} and {@link observationWindow}) and compares the count with
 * the figure's bounds. More records than the figure allows is `inconsistent`; fewer than it says is `partial`
 * (the records may be incomplete); otherwise `consistent`.
 *
 * @param index - the dataset's index
 * @param observation - the reported figure
 * @param options - the tolerance of 近/约/左右 and a counter to reuse
 * @returns the reconciliation, or undefined when the indicator is unknown or has no derivation, or the scope
 *   cannot be counted (a host unit or a campaign, or an unknown record)
 * @example
 * ```ts
 * const result = reconcileObservation(index, observation);
 * if (result) console.log(result.status, result.derived, result.reported.text); // "partial" 30 "51个"
 * ```
 * @category Reconciliation
 */
export function reconcileObservation(index: DatasetIndex, observation: Observation, options: ReconcileOptions = {}): Reconciliation | undefined {
  const indicator = index.indicatorOf(observation.indicator);
  if (indicator?.derivation === undefined) return undefined;
  const counter = options.counter ?? createRecordCounter(index);
  const derived = counter.count(indicator.derivation, observation.scope, observationWindow(observation));
  if (derived === undefined) return undefined;
  const reported = reread(observation.value, options.tolerance ?? 0.1);
  const above = reported.max !== null && (derived > reported.max || (derived === reported.max && !reported.maxInclusive));
  const below = reported.min !== null && (derived < reported.min || (derived === reported.min && !reported.minInclusive));
  return { observation, indicator, reported, derived, status: above ? "inconsistent" : below ? "partial" : "consistent" };
}
