import { parseQuantity, type Locale, type Quantity } from "@dangjian/core";
import { LIST_SEPARATORS, type SheetColumn } from "./columns.js";
import { enumCode, enumText } from "./enum-values.js";

/**
 * A cell's value as a reader hands it over: text (CSV, or an XLSX text cell), a number, a boolean, a `Date`
 * (an XLSX date cell), or null for an empty cell.
 *
 * @category Spreadsheet
 */
export type CellValue = string | number | boolean | Date | null;

/**
 * What the writers put in a cell.
 *
 * @category Spreadsheet
 */
export type WrittenCell = string | number | boolean | null;

/**
 * How enum values are written: as labels in the locale (what a person filling the sheet sees in the
 * template's pick-lists) or as codes (what another system expects).
 *
 * @category Spreadsheet
 */
export type EnumStyle = "labels" | "codes";

const LIST_SPLIT = new RegExp(`[${LIST_SEPARATORS.join("")}]`);
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE = new Set(["true", "是", "1", "yes", "y", "对", "√"]);
const FALSE = new Set(["false", "否", "0", "no", "n", "错", "×"]);

/**
 * The calendar day of an Excel date as `YYYY-MM-DD`. exceljs gives date cells as UTC midnight (plus the time of
 * day, if any), so the UTC fields are the day typed in, whatever the process time zone.
 *
 * @param date - the date exceljs read
 * @returns the day, or undefined for an invalid date
 * @example
 * ```ts
 * excelDateText(new Date(Date.UTC(2023, 1, 28))); // "2023-02-28"
 * ```
 * @category Spreadsheet
 */
export function excelDateText(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

// Excel's 1900 date system counts days from 1899-12-30 (its phantom 1900-02-29 makes serials from 61 on line up)
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const LAST_SERIAL = 2958465; // 9999-12-31

/**
 * The day an Excel date serial stands for, as `YYYY-MM-DD`: what a date cell holds when its format is not a
 * date format (exceljs then gives the bare number). Days only; the time of day is dropped.
 *
 * @param serial - the serial number, in Excel's 1900 date system
 * @returns the day, or undefined for a number that is no date serial
 * @example
 * ```ts
 * excelSerialDate(45000); // "2023-03-15"
 * ```
 * @category Spreadsheet
 */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > LAST_SERIAL) return undefined;
  return excelDateText(new Date(EXCEL_EPOCH + Math.floor(serial) * 86_400_000));
}

function readDate(column: SheetColumn, cell: Exclude<CellValue, null>): string {
  // a year typed in a column that takes years (2023) is a year, not the serial of a day in 1905
  if (typeof cell === "number" && !(column.kind === "partial-date" && Number.isInteger(cell) && cell >= 1000 && cell <= 9999)) {
    return excelSerialDate(cell) ?? String(cell);
  }
  return asText(cell);
}

function asText(cell: Exclude<CellValue, null>): string {
  if (cell instanceof Date) return excelDateText(cell) ?? "";
  return String(cell).trim();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // left as text: the record schema then names the field and what it expected
    return text;
  }
}

function readBoolean(cell: Exclude<CellValue, null>): unknown {
  if (typeof cell === "boolean") return cell;
  const text = asText(cell).toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return text;
}

function readNumber(cell: Exclude<CellValue, null>): unknown {
  if (typeof cell === "number") return cell;
  const text = asText(cell);
  return NUMBER.test(text) ? Number(text) : text;
}

/**
 * Reads one cell into the value its field takes in the exchange document. A value it cannot read is handed
 * on as the text written, so that the record schema names the field and what it expected.
 *
 * @param column - the column the cell is in
 * @param cell - the cell's value
 * @returns the field's value, or undefined for an empty cell
 * @example
 * ```ts
 * readCell(sheetColumns("people").find((c) => c.key === "inService")!, "是"); // true
 * ```
 * @category Spreadsheet
 */
export function readCell(column: SheetColumn, cell: CellValue): unknown {
  if (cell === null || (typeof cell === "string" && cell.trim() === "")) return undefined;
  switch (column.kind) {
    case "number":
      return readNumber(cell);
    case "boolean":
      return readBoolean(cell);
    case "enum": {
      const text = asText(cell);
      return enumCode(column, text) ?? text;
    }
    case "list": {
      const items = asText(cell)
        .split(LIST_SPLIT)
        .map((item) => item.trim())
        .filter((item) => item !== "");
      return column.itemKind === "enum" ? items.map((item) => enumCode(column, item) ?? item) : items;
    }
    case "quantity": {
      const text = asText(cell);
      return text.startsWith("{") ? parseJson(text) : text;
    }
    case "json":
      return typeof cell === "string" ? parseJson(cell.trim()) : cell instanceof Date ? asText(cell) : cell;
    case "date":
    case "partial-date":
      return readDate(column, cell);
    default:
      return asText(cell);
  }
}

function sameQuantity(a: Quantity, b: Quantity): boolean {
  const keys = Object.keys(b) as (keyof Quantity)[];
  return Object.keys(a).length === keys.length && keys.every((key) => Object.is(a[key], b[key]));
}

function quantityCell(value: unknown): WrittenCell {
  if (typeof value === "string") return value;
  const quantity = value as Quantity;
  const reread = typeof quantity.text === "string" ? parseQuantity(quantity.text) : undefined;
  // the text alone when it reads back as the same quantity; the whole object otherwise, so nothing is lost
  return reread?.ok && sameQuantity(reread.value, quantity) ? quantity.text : JSON.stringify(value);
}

/**
 * Writes one field's value into a cell: the inverse of {@link readCell}.
 *
 * @param column - the column
 * @param value - the field's value in the record
 * @param locale - the language of enum labels
 * @param enums - write enum values as labels (the default) or codes
 * @returns the cell's value, null for an absent field
 * @example
 * ```ts
 * writeCell(sheetColumns("activities").find((c) => c.key === "teamKinds")!, ["shock", "vanguard"], "en", "codes");
 * // "shock;vanguard"
 * ```
 * @category Spreadsheet
 */
export function writeCell(column: SheetColumn, value: unknown, locale: Locale, enums: EnumStyle = "labels"): WrittenCell {
  if (value === undefined || value === null) return null;
  switch (column.kind) {
    case "number":
      return typeof value === "number" ? value : String(value);
    case "boolean":
      return typeof value === "boolean" ? value : String(value);
    case "enum":
      return enumText(column, String(value), locale, enums);
    case "list":
      return (value as unknown[])
        .map((item) => (column.itemKind === "enum" ? enumText(column, String(item), locale, enums) : String(item)))
        .join(";");
    case "quantity":
      return quantityCell(value);
    case "json":
      return JSON.stringify(value);
    default:
      return String(value);
  }
}
