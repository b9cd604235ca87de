import type { Locale } from "@dangjian/core";
import type { SheetColumn } from "./columns.js";
import { normalizeName } from "./headers.js";

const lookups = new WeakMap<readonly string[], ReadonlyMap<string, string>>();

function lookupOf(column: SheetColumn): ReadonlyMap<string, string> {
  const values = column.values ?? [];
  let lookup = lookups.get(values);
  if (!lookup) {
    const map = new Map<string, string>();
    // codes first: when a label happens to spell another value's code, the code wins
    for (const value of values) map.set(normalizeName(value), value);
    for (const value of values) {
      const label = column.labels?.labels[value];
      for (const text of label ? [label["zh-CN"], label.en] : []) {
        if (!map.has(normalizeName(text))) map.set(normalizeName(text), value);
      }
    }
    lookup = map;
    lookups.set(values, lookup);
  }
  return lookup;
}

/**
 * Reads an enum cell: its code, or its zh-CN or en label, matched after trimming and ignoring case and width.
 *
 * @param column - an enum or enum-list column
 * @param text - the cell's text
 * @returns the code, or undefined when the text names no value
 * @example
 * ```ts
 * enumCode(sheetColumns("people").find((c) => c.key === "sex")!, "女"); // "female"
 * ```
 * @category Spreadsheet
 */
export function enumCode(column: SheetColumn, text: string): string | undefined {
  return lookupOf(column).get(normalizeName(text));
}

/**
 * Writes an enum value as its label in a locale, or as its code.
 *
 * @param column - an enum or enum-list column
 * @param value - the code
 * @param locale - the language of the label
 * @param values - `labels` (the default) or `codes`
 * @returns the text for the cell
 * @example
 * ```ts
 * enumText(sheetColumns("people").find((c) => c.key === "sex")!, "female", "zh-CN"); // "女"
 * ```
 * @category Spreadsheet
 */
export function enumText(column: SheetColumn, value: string, locale: Locale, values: "labels" | "codes" = "labels"): string {
  if (values === "codes") return value;
  const label = column.labels && Object.hasOwn(column.labels.labels, value) ? column.labels.labels[value] : undefined;
  // a label that reads back as another value (it spells that value's code) is written as the code
  return label && enumCode(column, label[locale]) === value ? label[locale] : value;
}
