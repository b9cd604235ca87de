import {
  createRecordCounter,
  labelOf,
  reconcileObservation,
  reconciliationStatusLabels,
  type DatasetIndex,
  type LocalizedText,
  type Observation,
  type Reconciliation,
  type ReconciliationStatus,
} from "@dangjian/core";
import { numberCell, quantityCell, textCell } from "../report/cells.js";
import type { ReportSection } from "../report/report.js";
import { scopeName } from "../scope/report-scope.js";

/**
 * Reconciles every figure that can be counted from the records (see `reconcileObservation` in @dangjian/core),
 * sharing one record counter.
 *
 * @param index - the dataset's index
 * @param observations - the figures
 * @param tolerance - how far 近, 约 and 左右 reach
 * @returns the reconciliations, in the order of the figures; figures that cannot be counted are left out
 * @example
 * ```ts
 * reconcileFigures(index, figures, 0.1).filter((result) => result.status === "inconsistent");
 * ```
 * @category Reconciliation
 */
export function reconcileFigures(index: DatasetIndex, observations: readonly Observation[], tolerance: number): Reconciliation[] {
  const counter = createRecordCounter(index);
  return observations.flatMap((observation) => reconcileObservation(index, observation, { tolerance, counter }) ?? []);
}

/**
 * The reconciliation section: one row per figure counted from records, with the reported figure, the count and
 * the status, and a count of each status.
 *
 * @param index - the dataset's index
 * @param reconciliations - the reconciliations
 * @param title - the section's title
 * @returns the section, with each reconciliation's ids, figures and status as `details`
 * @example
 * ```ts
 * reconciliationSection(index, reconcileFigures(index, figures, 0.1), { "zh-CN": "数据核对", en: "Reconciliation" });
 * ```
 * @category Reconciliation
 */
export function reconciliationSection(index: DatasetIndex, reconciliations: readonly Reconciliation[], title: LocalizedText): ReportSection {
  const counts: Record<ReconciliationStatus, number> = { consistent: 0, inconsistent: 0, partial: 0 };
  for (const result of reconciliations) counts[result.status] += 1;
  return {
    id: "reconciliation",
    kind: "reconciliation",
    title,
    paragraphs: [],
    tables: [
      {
        id: "reconciliation",
        title,
        columns: [
          { key: "scope", label: { "zh-CN": "范围", en: "Scope" }, kind: "text" },
          { key: "indicator", label: { "zh-CN": "指标", en: "Indicator" }, kind: "text" },
          { key: "reported", label: { "zh-CN": "报送数", en: "Reported" }, kind: "quantity" },
          { key: "derived", label: { "zh-CN": "台账数", en: "In records" }, kind: "number" },
          { key: "status", label: { "zh-CN": "核对结果", en: "Result" }, kind: "text" },
        ],
        rows: reconciliations.map((result) => ({
          cells: {
            scope: textCell(scopeName(index, result.observation.scope)),
            indicator: textCell(result.indicator.label),
            reported: quantityCell(result.reported),
            derived: numberCell(result.derived),
            status: textCell({
              "zh-CN": labelOf(reconciliationStatusLabels, result.status, "zh-CN"),
              en: labelOf(reconciliationStatusLabels, result.status, "en"),
            }),
          },
        })),
      },
    ],
    charts: [],
    details: {
      counts,
      reconciliations: reconciliations.map((result) => ({
        observationId: result.observation.id,
        indicator: result.indicator.code,
        scope: result.observation.scope,
        reported: result.reported,
        derived: result.derived,
        status: result.status,
      })),
    },
  };
}
