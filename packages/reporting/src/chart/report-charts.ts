import { localize, reconciliationStatusLabels, labelOf, type Locale, type LocalizedText, type Reconciliation } from "@dangjian/core";
import type { CoverageResult } from "../coverage/measure-coverage.js";
import type { ReportChart } from "../report/report.js";
import type { RollUp } from "../roll-up/roll-up.js";
import { scopeName } from "../scope/report-scope.js";
import type { DatasetIndex } from "@dangjian/core";

type Spec = Record<string, unknown>;

const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";

function both(make: (locale: Locale) => Spec): ReportChart["spec"] {
  return { "zh-CN": make("zh-CN"), en: make("en") };
}

/**
 * A bar chart of the coverage ratio of each statement, 0 to 100%.
 *
 * @param results - the coverage results
 * @returns the chart, or undefined when no statement has anything to cover
 * @example
 * ```ts
 * coverageChart(measureCoverage(index, request))?.spec["zh-CN"];
 * ```
 * @category Charts
 */
export function coverageChart(results: readonly CoverageResult[]): ReportChart | undefined {
  const measured = results.filter((result) => result.ratio !== null);
  if (measured.length === 0) return undefined;
  const title: LocalizedText = { "zh-CN": "全覆盖情况", en: "Coverage" };
  return {
    id: "coverage",
    title,
    spec: both((locale) => ({
      $schema: SCHEMA,
      title: localize(title, locale),
      width: 220,
      data: {
        values: measured.map((result) => ({
          statement: localize(result.title, locale),
          ratio: result.ratio,
          label: `${result.covered.length}/${result.total}`,
        })),
      },
      mark: { type: "bar" },
      encoding: {
        y: { field: "statement", type: "nominal", sort: null, title: null, axis: { labelLimit: 150 } },
        x: {
          field: "ratio",
          type: "quantitative",
          scale: { domain: [0, 1] },
          axis: { format: "%" },
          title: locale === "zh-CN" ? "覆盖率" : "share covered",
        },
        tooltip: [{ field: "label", type: "nominal" }],
      },
    })),
  };
}

/**
 * A bar chart of reported figures against the counts in the records, side by side (the reported lower bound
 * where a figure is loose).
 *
 * @param index - the dataset's index
 * @param reconciliations - the reconciliations
 * @returns the chart, or undefined when there are none
 * @example
 * ```ts
 * reconciliationChart(index, reconcileFigures(index, figures, 0.1));
 * ```
 * @category Charts
 */
export function reconciliationChart(index: DatasetIndex, reconciliations: readonly Reconciliation[]): ReportChart | undefined {
  if (reconciliations.length === 0) return undefined;
  const title: LocalizedText = { "zh-CN": "报送数与台账数", en: "Reported and recorded" };
  return {
    id: "reconciliation",
    title,
    spec: both((locale) => {
      const series = locale === "zh-CN" ? { reported: "报送数", derived: "台账数" } : { reported: "reported", derived: "in records" };
      const values = reconciliations.flatMap((result, position) => {
        const item = `${position + 1}. ${localize(scopeName(index, result.observation.scope), locale)} · ${localize(result.indicator.label, locale)}`;
        const status = labelOf(reconciliationStatusLabels, result.status, locale);
        return [
          { item, series: series.reported, value: result.reported.min ?? 0, status },
          { item, series: series.derived, value: result.derived, status },
        ];
      });
      return {
        $schema: SCHEMA,
        title: localize(title, locale),
        width: 220,
        data: { values },
        mark: { type: "bar" },
        encoding: {
          y: { field: "item", type: "nominal", sort: null, title: null, axis: { labelLimit: 150 } },
          yOffset: { field: "series", type: "nominal" },
          x: { field: "value", type: "quantitative", title: null },
          color: { field: "series", type: "nominal", title: null, legend: { orient: "bottom" } },
          tooltip: [{ field: "status", type: "nominal" }],
        },
      };
    }),
  };
}

/**
 * A bar chart of the figures standing for the nodes one level below a roll-up's root (the lower bound where a
 * figure is loose).
 *
 * @param rolled - the roll-up
 * @returns the chart, or undefined when fewer than two nodes below the root have a figure
 * @example
 * ```ts
 * rollUpChart(rollUp(index, request));
 * ```
 * @category Charts
 */
export function rollUpChart(rolled: RollUp): ReportChart | undefined {
  const bars = rolled.nodes.filter((node) => node.depth === 1 && node.value !== undefined && node.value.min !== null);
  if (bars.length < 2) return undefined;
  const { indicator } = rolled;
  return {
    id: `roll-up-${indicator.code.replaceAll(".", "-")}`,
    title: indicator.label,
    spec: both((locale) => ({
      $schema: SCHEMA,
      title: `${localize(indicator.label, locale)}（${indicator.unit}）`.replace("（", locale === "en" ? " (" : "（").replace("）", locale === "en" ? ")" : "）"),
      width: 220,
      data: { values: bars.map((node) => ({ name: localize(node.name, locale), value: node.value?.min ?? 0 })) },
      mark: { type: "bar" },
      encoding: {
        x: { field: "name", type: "nominal", sort: null, title: null, axis: { labelAngle: 0 } },
        y: { field: "value", type: "quantitative", title: null },
      },
    })),
  };
}
