import type { Locale } from "@dangjian/core";
import type { ReportCell, ReportTable } from "../../report/report.js";
import { cellAt } from "../common/cell-at.js";
import { RENDER_WORDS } from "../common/render-words.js";

/**
 * What a flat column holds: text, a number, a ratio between 0 and 1, a bound of a quantity, or a row's depth.
 *
 * @internal
 */
export type FlatColumnKind = "text" | "number" | "ratio" | "bound" | "level";

/**
 * A column of a table laid flat for a spreadsheet.
 *
 * @internal
 */
export interface FlatColumn {
  /** The header in the chosen locale. */
  readonly header: string;
  /** What its values are. */
  readonly kind: FlatColumnKind;
}

/**
 * A value of a flat table: text, a number, or null for an empty cell.
 *
 * @internal
 */
export type FlatValue = string | number | null;

/**
 * A row of a table laid flat.
 *
 * @internal
 */
export interface FlatRow {
  /** One value per flat column. */
  readonly values: readonly FlatValue[];
  /** The row's depth in a tree-shaped table, 0 when it has none. */
  readonly depth: number;
  /** Whether the row sums the others. */
  readonly total: boolean;
}

/**
 * A report table laid flat for CSV and XLSX.
 *
 * @internal
 */
export interface FlatTable {
  /** The columns: a quantity column becomes three (its text, its lower and its upper bound). */
  readonly columns: readonly FlatColumn[];
  /** The rows. */
  readonly rows: readonly FlatRow[];
}

function cellText(cell: ReportCell, locale: Locale): string | null {
  return cell.kind === "empty" ? null : cell.text[locale];
}

/** The one value a cell gives in a column that is not a quantity: numbers stay numbers, everything else its text. */
function cellValue(cell: ReportCell, locale: Locale): FlatValue {
  if (cell.kind === "number") return cell.value;
  if (cell.kind === "ratio") return cell.value;
  return cellText(cell, locale);
}

/**
 * Lays a report table flat for a spreadsheet, picking one locale: a quantity column becomes its text plus
 * `<label> 下限` and `<label> 上限` (en `min`, `max`) as numbers, empty when unbounded; numbers and ratios
 * stay numbers; a tree-shaped table (a row with a depth) gets a last column with each row's level. Nothing is
 * computed: every value is in the model.
 *
 * @param table - a report table
 * @param locale - the language of headers and texts
 * @returns the flat columns and rows
 * @internal
 */
export function flattenTable(table: ReportTable, locale: Locale): FlatTable {
  const tree = table.rows.some((row) => row.depth !== undefined);
  const columns: FlatColumn[] = [];
  for (const column of table.columns) {
    const header = column.label[locale];
    if (column.kind === "quantity") {
      columns.push({ header, kind: "text" });
      columns.push({ header: `${header} ${RENDER_WORDS.min[locale]}`, kind: "bound" });
      columns.push({ header: `${header} ${RENDER_WORDS.max[locale]}`, kind: "bound" });
    } else {
      columns.push({ header, kind: column.kind });
    }
  }
  if (tree) columns.push({ header: RENDER_WORDS.level[locale], kind: "level" });
  const rows = table.rows.map((row): FlatRow => {
    const values: FlatValue[] = [];
    for (const column of table.columns) {
      const cell = cellAt(row, column.key);
      if (column.kind === "quantity") {
        // a cell of another kind in a quantity column still shows its text, without bounds
        values.push(cellText(cell, locale));
        values.push(cell.kind === "quantity" ? cell.min : null);
        values.push(cell.kind === "quantity" ? cell.max : null);
      } else {
        values.push(cellValue(cell, locale));
      }
    }
    if (tree) values.push(row.depth ?? null);
    return { values, depth: row.depth ?? 0, total: row.emphasis === "total" };
  });
  return { columns, rows };
}
