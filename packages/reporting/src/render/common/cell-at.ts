import type { ReportCell, ReportRow } from "../../report/report.js";

const EMPTY: ReportCell = { kind: "empty" };

/**
 * The cell of a row under a column key; an empty cell when the row has none.
 *
 * @param row - a table row
 * @param key - a column key
 * @returns the cell
 * @internal
 */
export function cellAt(row: ReportRow, key: string): ReportCell {
  return (Object.hasOwn(row.cells, key) ? row.cells[key] : undefined) ?? EMPTY;
}
