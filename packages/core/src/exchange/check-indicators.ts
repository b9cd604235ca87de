import type { Indicator } from "../indicator/indicator.js";
import { QuantityUnitSchema, quantityUnitInfo } from "../quantity/quantity-unit.js";
import type { DraftRecord } from "./draft.js";
import { raise, type IntegrityState } from "./integrity-state.js";

/** The dimension a unit written on an indicator measures, or null for a unit the SDK does not know. */
function dimensionOf(unit: string): string | null {
  const known = QuantityUnitSchema.safeParse(unit);
  return known.success ? quantityUnitInfo[known.data].dimension : null;
}

/**
 * Checks that an observation's indicator is declared by the dataset or known from the context
 * (`observation.indicator_unknown`), and that the figure's unit measures what the indicator's unit measures
 * (`observation.unit_mismatch`, a warning: 52名 reported for an indicator counted in 个).
 *
 * @param state - the integrity state
 * @param entry - the observation
 * @internal
 */
export function checkObservationIndicator(state: IntegrityState, entry: DraftRecord<"observations">): void {
  const code = entry.record.indicator;
  const declared = state.ids.indicators.get(code);
  const indicator: Indicator | undefined =
    declared === undefined ? state.knownIndicators.get(code) : state.draft.indicators[declared]?.record;
  if (indicator === undefined) {
    raise(state, "observation.indicator_unknown", "observations", entry, ["indicator"], { indicator: code });
    return;
  }
  const unit = entry.record.value.unit;
  const expected = dimensionOf(indicator.unit);
  // a bare number takes the indicator's unit, and an indicator in an unknown unit cannot be checked
  if (unit === null || expected === null || quantityUnitInfo[unit].dimension === expected) return;
  raise(state, "observation.unit_mismatch", "observations", entry, ["value"], {
    indicator: code,
    unit,
    indicatorUnit: indicator.unit,
  });
}

/**
 * Warns when the dataset declares an indicator the context already knows with another unit or aggregation
 * (`indicator.redefines_known`): the dataset's declaration applies to the dataset, but its figures no longer
 * mean what the catalogue says.
 *
 * @param state - the integrity state
 * @param entry - the declared indicator
 * @internal
 */
export function checkIndicatorRedefinition(state: IntegrityState, entry: DraftRecord<"indicators">): void {
  const known = state.knownIndicators.get(entry.record.code);
  if (known === undefined) return;
  const declared = entry.record;
  if (known.unit === declared.unit && known.aggregation === declared.aggregation) return;
  raise(state, "indicator.redefines_known", "indicators", entry, [], {
    unit: declared.unit,
    aggregation: declared.aggregation,
    knownUnit: known.unit,
    knownAggregation: known.aggregation,
  });
}
