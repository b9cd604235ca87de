import type { FlatValue } from "../flat-table/flatten-table.js";

// OWASP's list of characters that make a spreadsheet read a cell as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Neutralizes a text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) with a
 * leading `'`, as OWASP advises. Numbers are never passed here: `-3` as a number stays `-3`.
 *
 * @param text - a text value
 * @returns the text, prefixed with `'` when it starts like a formula
 * @internal
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? "'" + text : text;
}

/**
 * Writes one CSV field (RFC 4180): a number as a plain number, empty for null, a text neutralized against
 * formula injection and quoted when it holds a comma, a quote, CR or LF, quotes doubled.
 *
 * @param value - a text, a number or null
 * @returns the field
 * @internal
 */
export function csvField(value: FlatValue): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = neutralizeFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
