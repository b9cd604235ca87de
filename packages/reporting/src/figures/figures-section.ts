import {
  formatQuantity,
  type DatasetIndex,
  type IndicatorPhrase,
  type LocalizedText,
  type Observation,
  type ObservationScope,
  type Quantity,
} from "@dangjian/core";
import { emptyCell, quantityCell, textCell } from "../report/cells.js";
import type { ReportSection } from "../report/report.js";
import { scopeName } from "../scope/report-scope.js";
import { figureTime } from "./figure-time.js";

/**
 * One reported figure as a report holds it: what it counts, about what, when, the figure in both languages,
 * the phrase a narrative states it with, and the sentence it was reported in.
 *
 * @category Figures
 */
export interface FigureDetail {
  /** The observation's id. */
  readonly observationId: string;
  /** The indicator's code. */
  readonly indicator: string;
  /** The indicator's label. */
  readonly label: LocalizedText;
  /** What the figure is about, with its name. */
  readonly scope: ObservationScope & {
    /** The record's name. */
    readonly name: LocalizedText;
  };
  /** The figure. */
  readonly value: Quantity;
  /** The figure as shown (`400余名`, `more than 400`). */
  readonly valueText: LocalizedText;
  /** When it stands (`2022年`, `截至2020年`); absent when the figure gives no date. */
  readonly time?: LocalizedText;
  /** How a sentence states it; absent when the indicator has no phrase. */
  readonly phrase?: IndicatorPhrase;
  /** The sentence it was reported in, and the document. */
  readonly source?: {
    /** The document's id. */
    readonly documentId: string;
    /** The sentence, verbatim. */
    readonly quote?: string;
  };
}

/**
 * The details of each figure, in the order given.
 *
 * @param index - the dataset's index
 * @param observations - the figures
 * @returns their details
 * @example
 * ```ts
 * describeFigures(index, selectFigures(index, selection))[0]?.valueText["zh-CN"]; // "52个"
 * ```
 * @category Figures
 */
export function describeFigures(index: DatasetIndex, observations: readonly Observation[]): FigureDetail[] {
  return observations.map((observation) => {
    const indicator = index.indicatorOf(observation.indicator);
    const time = figureTime(observation);
    const [source] = observation.sources ?? [];
    return {
      observationId: observation.id,
      indicator: observation.indicator,
      label: indicator?.label ?? { "zh-CN": observation.indicator, en: observation.indicator },
      scope: { ...observation.scope, name: scopeName(index, observation.scope) },
      value: observation.value,
      valueText: { "zh-CN": formatQuantity(observation.value, { locale: "zh-CN" }), en: formatQuantity(observation.value, { locale: "en" }) },
      ...(time === undefined ? {} : { time }),
      ...(indicator?.phrase === undefined ? {} : { phrase: indicator.phrase }),
      ...(source === undefined ? {} : { source: { documentId: source.documentId, ...(source.quote === undefined ? {} : { quote: source.quote }) } }),
    };
  });
}

/**
 * The figures section: one row per reported figure (scope, indicator, figure, time, source sentence).
 *
 * @param figures - the figures' details
 * @param title - the section's title
 * @returns the section, with the details as `details`
 * @example
 * ```ts
 * figuresSection(describeFigures(index, figures), { "zh-CN": "主要数据", en: "Figures" }).tables[0]?.rows.length;
 * ```
 * @category Figures
 */
export function figuresSection(figures: readonly FigureDetail[], title: LocalizedText): ReportSection {
  return {
    id: "figures",
    kind: "figures",
    title,
    paragraphs: [],
    tables: [
      {
        id: "figures",
        title,
        columns: [
          { key: "scope", label: { "zh-CN": "范围", en: "Scope" }, kind: "text" },
          { key: "indicator", label: { "zh-CN": "指标", en: "Indicator" }, kind: "text" },
          { key: "value", label: { "zh-CN": "数值", en: "Figure" }, kind: "quantity" },
          { key: "time", label: { "zh-CN": "时间", en: "Time" }, kind: "text" },
          { key: "source", label: { "zh-CN": "出处", en: "Source" }, kind: "text" },
        ],
        rows: figures.map((figure) => ({
          cells: {
            scope: textCell(figure.scope.name),
            indicator: textCell(figure.label),
            value: quantityCell(figure.value),
            time: figure.time === undefined ? emptyCell() : textCell(figure.time),
            source: figure.source?.quote === undefined ? emptyCell() : textCell(figure.source.quote),
          },
        })),
      },
    ],
    charts: [],
    details: figures,
  };
}
