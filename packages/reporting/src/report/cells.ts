import { formatQuantity, type LocalizedText, type Quantity } from "@dangjian/core";
import type { ReportCell } from "./report.js";

/**
 * A text cell.
 *
 * @param text - the text in both languages, or one text for both
 * @returns the cell
 * @example
 * ```ts
 * textCell({ "zh-CN": "党员先锋岗", en: "vanguard posts" });
 * ```
 * @category Report model
 */
export function textCell(text: LocalizedText | string): ReportCell {
  if (typeof text !== "string") return { kind: "text", text };
  return text === "" ? { kind: "empty" } : { kind: "text", text: { "zh-CN": text, en: text } };
}

/**
 * A number cell, shown with thousands separators.
 *
 * @param value - the number
 * @returns the cell
 * @example
 * ```ts
 * numberCell(1234); // text "1,234"
 * ```
 * @category Report model
 */
export function numberCell(value: number): ReportCell {
  const text = value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  return { kind: "number", value, text: { "zh-CN": text, en: text } };
}

/**
 * A quantity cell: the figure in its canonical text in both languages (`400余名`, `400+`) and its bounds.
 *
 * @param quantity - the figure
 * @returns the cell
 * @example
 * ```ts
 * quantityCell(parseQuantity("400余名").value!); // text 400余名 / 400+, min 400, max 500
 * ```
 * @category Report model
 */
export function quantityCell(quantity: Quantity): ReportCell {
  return {
    kind: "quantity",
    text: { "zh-CN": formatQuantity(quantity, { locale: "zh-CN" }), en: formatQuantity(quantity, { locale: "en" }) },
    min: quantity.min,
    max: quantity.max,
    exact: quantity.min !== null && quantity.min === quantity.max && quantity.minInclusive && quantity.maxInclusive,
  };
}

/**
 * A ratio cell: covered of total, with the percentage (`30/30（100%）`); null when the total is zero.
 *
 * @param covered - how many are covered
 * @param total - how many should be
 * @returns the cell
 * @example
 * ```ts
 * ratioCell(29, 30); // value 0.9667, text "29/30（96.7%）" / "29/30 (96.7%)"
 * ```
 * @category Report model
 */
export function ratioCell(covered: number, total: number): ReportCell {
  if (total === 0) return { kind: "ratio", value: null, text: { "zh-CN": "0/0（无对象）", en: "0/0 (none to cover)" } };
  const value = covered / total;
  const percent = `${(Math.round(value * 1000) / 10).toString()}%`;
  return { kind: "ratio", value, text: { "zh-CN": `${covered}/${total}（${percent}）`, en: `${covered}/${total} (${percent})` } };
}

/**
 * An empty cell.
 *
 * @returns the cell
 * @example
 * ```ts
 * emptyCell(); // { kind: "empty" }
 * ```
 * @category Report model
 */
export function emptyCell(): ReportCell {
  return { kind: "empty" };
}
