// OWASP's list of characters that make a spreadsheet read a cell as a formula, and the quote that escapes them.
const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED = /^'[=+\-@\t\r']/;

/**
 * Neutralizes text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) with a leading
 * `'`, as OWASP advises and as the reporting package's CSV does. Text that already starts with `'` gets one
 * more, so that {@link restoreNeutralized} gives back exactly what was written.
 *
 * @param text - a text value
 * @returns the text, prefixed with `'` when needed
 * @internal
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) || text.startsWith("'") ? "'" + text : text;
}

/**
 * Undoes {@link neutralizeFormula}: drops a leading `'` that stands before a formula character or another `'`.
 * A `'` before anything else was typed by a person and stays.
 *
 * @param text - a CSV field
 * @returns the text as it was before neutralizing
 * @internal
 */
export function restoreNeutralized(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
