import { aggregationLabels, labelOf, type LocalizedText } from "@dangjian/core";
import { emptyCell, quantityCell, textCell } from "../report/cells.js";
import type { ReportSection, ReportTable } from "../report/report.js";
import type { RollUp, RollUpNode } from "./roll-up.js";

/**
 * The table of one roll-up: a row per node shown (every node by default), indented by depth, with its own
 * figure, its children's, the figure that stands, and the difference; the root's row is the total.
 *
 * @param rolled - the roll-up
 * @param shown - which nodes get a row; every node when omitted
 * @returns the table
 * @example
 * ```ts
 * rollUpTable(rollUp(index, request), (node) => node.depth <= 1).rows.length;
 * ```
 * @category Roll-ups
 */
export function rollUpTable(rolled: RollUp, shown: (node: RollUpNode) => boolean = () => true): ReportTable {
  const { indicator } = rolled;
  return {
    id: `roll-up-${indicator.code.replaceAll(".", "-")}`,
    title: indicator.label,
    columns: [
      { key: "name", label: { "zh-CN": "单位", en: "Unit" }, kind: "text" },
      { key: "reported", label: { "zh-CN": "本级报送", en: "Reported" }, kind: "quantity" },
      { key: "fromChildren", label: { "zh-CN": "下级汇总", en: "From below" }, kind: "quantity" },
      { key: "value", label: { "zh-CN": "采用数", en: "Stands" }, kind: "quantity" },
      { key: "difference", label: { "zh-CN": "差额", en: "Difference" }, kind: "quantity" },
    ],
    rows: rolled.nodes
      .filter(shown)
      .map((node) => ({
        cells: {
          name: textCell(node.name),
          reported: node.reported === undefined ? emptyCell() : quantityCell(node.reported),
          fromChildren: node.fromChildren === undefined ? emptyCell() : quantityCell(node.fromChildren),
          value: node.value === undefined ? emptyCell() : quantityCell(node.value),
          difference: node.difference === undefined ? emptyCell() : quantityCell(node.difference),
        },
        depth: node.depth,
        ...(node.depth === 0 ? { emphasis: "total" as const } : {}),
      })),
    note: {
      "zh-CN": `单位：${indicator.unit}。汇总方式：${labelOf(aggregationLabels, indicator.aggregation, "zh-CN")}。本级报送数优先采用，不与下级数重复相加；差额为本级报送数减下级汇总数。`,
      en: `Unit: ${indicator.unit}. Rolled up: ${labelOf(aggregationLabels, indicator.aggregation, "en")}. A unit's own figure stands and is never added to its units' figures; the difference is its own figure less theirs.`,
    },
  };
}

/**
 * The roll-up section: one table per indicator rolled up.
 *
 * @param rollUps - the roll-ups
 * @param title - the section's title
 * @param shown - which nodes get a row; every node when omitted
 * @returns the section, with the roll-ups as `details`
 * @example
 * ```ts
 * rollUpSection(rollUps, { "zh-CN": "逐级汇总", en: "Roll-up" });
 * ```
 * @category Roll-ups
 */
export function rollUpSection(rollUps: readonly RollUp[], title: LocalizedText, shown?: (node: RollUpNode) => boolean): ReportSection {
  return {
    id: "roll-up",
    kind: "roll-up",
    title,
    paragraphs: [],
    tables: rollUps.filter((rolled) => rolled.nodes.length > 0).map((rolled) => rollUpTable(rolled, shown)),
    charts: [],
    details: rollUps.map((rolled) => ({
      indicator: rolled.indicator.code,
      tree: rolled.tree,
      rootId: rolled.rootId,
      total: rolled.total ?? null,
      nodes: rolled.nodes,
    })),
  };
}
