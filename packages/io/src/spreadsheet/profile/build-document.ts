import {
  FORMAT_VERSION,
  createIssue,
  toJsonPointer,
  type CollectionName,
  type Issue,
  type IssueLocation,
} from "@dangjian/core";
import { readCell, type CellValue } from "./cell.js";
import { sheetColumns, type SheetColumn } from "./columns.js";
import { META_COLUMN_HEADERS, META_HEADERS } from "./header-catalogue.js";
import { columnHeaders, findColumn, normalizeName } from "./headers.js";
import { spreadsheetMessages as messages } from "./messages.js";
import { sheetRole } from "./sheet-names.js";
import { columnLetter, type SheetTable, type TableRow } from "./table.js";

/**
 * The exchange document built from tables, the issues found on the way, and where each JSON pointer came from.
 *
 * @category Spreadsheet
 */
export interface BuiltDocument {
  /** The exchange document, as the rows say it (not yet validated). */
  readonly input: Record<string, unknown>;
  /** Issues about sheets, headers and cells, located. */
  readonly issues: Issue[];
  /** The location of each record (`/organizations/3`) and each field (`/organizations/3/parentId`). */
  readonly locations: ReadonlyMap<string, IssueLocation>;
  /** How many tables held records or the dataset's description (not counting skipped sheets). */
  readonly tablesRead: number;
}

function isEmpty(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

function tableLocation(table: SheetTable, row?: TableRow | number, column?: number): IssueLocation {
  const location: { -readonly [K in keyof IssueLocation]: IssueLocation[K] } = {};
  if (table.file !== undefined) location.file = table.file;
  if (table.sheet !== undefined) location.sheet = table.sheet;
  if (typeof row === "number") location.row = row;
  else if (row) {
    location.row = row.row;
    if (row.line !== undefined) location.line = row.line;
  }
  if (column !== undefined) {
    location.column = table.columnNaming === "letter" ? columnLetter(column) : table.headers[column] || columnLetter(column);
  }
  return location;
}

function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let target = record;
  for (const segment of path.slice(0, -1)) {
    const next = target[segment];
    if (next && typeof next === "object") target = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      target[segment] = created;
      target = created;
    }
  }
  target[path[path.length - 1] as string] = value;
}

interface Mapped {
  readonly index: number;
  readonly column: SheetColumn;
}

function mapHeaders(table: SheetTable, collection: CollectionName, issues: Issue[]): Mapped[] {
  const mapped: Mapped[] = [];
  const firstOf = new Map<string, number>();
  const sheet = table.sheet ?? table.name;
  table.headers.forEach((header, index) => {
    if (header.trim() === "") return;
    const column = findColumn(collection, header);
    if (!column) {
      issues.push(
        createIssue("spreadsheet.header_unknown", messages["spreadsheet.header_unknown"], {
          path: toJsonPointer([collection]),
          params: { sheet, header },
          location: tableLocation(table, table.headerRow, index),
        }),
      );
      return;
    }
    const first = firstOf.get(column.key);
    if (first !== undefined) {
      issues.push(
        createIssue("spreadsheet.header_duplicate", messages["spreadsheet.header_duplicate"], {
          path: toJsonPointer([collection]),
          params: { sheet, header, firstHeader: table.headers[first], field: column.key },
          location: tableLocation(table, table.headerRow, index),
        }),
      );
      return;
    }
    firstOf.set(column.key, index);
    mapped.push({ index, column });
  });
  for (const column of sheetColumns(collection)) {
    if (!column.required || firstOf.has(column.key)) continue;
    const headers = columnHeaders(collection, column.key);
    issues.push(
      createIssue("spreadsheet.column_missing", messages["spreadsheet.column_missing"], {
        path: toJsonPointer([collection]),
        params: { sheet, field: column.key, header: headers?.["zh-CN"] ?? column.key, headerEn: headers?.en ?? column.key },
        location: tableLocation(table, table.headerRow),
      }),
    );
  }
  return mapped;
}

function readRecords(
  table: SheetTable,
  collection: CollectionName,
  records: unknown[],
  issues: Issue[],
  locations: Map<string, IssueLocation>,
): void {
  const mapped = mapHeaders(table, collection, issues);
  const headed = new Set(mapped.map((entry) => entry.index));
  let blankReported = false;
  for (const row of table.rows) {
    if (row.cells.every(isEmpty)) continue;
    if (!blankReported) {
      const stray = row.cells.findIndex((cell, index) => !isEmpty(cell) && !headed.has(index) && !(table.headers[index] ?? "").trim());
      if (stray >= 0) {
        blankReported = true;
        issues.push(
          createIssue("spreadsheet.header_blank", messages["spreadsheet.header_blank"], {
            path: toJsonPointer([collection]),
            params: { sheet: table.sheet ?? table.name },
            location: tableLocation(table, table.headerRow, stray),
          }),
        );
      }
    }
    const index = records.length;
    const record: Record<string, unknown> = {};
    locations.set(toJsonPointer([collection, index]), tableLocation(table, row));
    for (const { index: at, column } of mapped) {
      const value = readCell(column, row.cells[at] ?? null);
      const location = tableLocation(table, row, at);
      // a dotted column also locates its object (`/observations/0/scope`), at the object's first column
      for (let depth = column.path.length; depth >= 1; depth--) {
        const pointer = toJsonPointer([collection, index, ...column.path.slice(0, depth)]);
        if (!locations.has(pointer)) locations.set(pointer, location);
      }
      if (value !== undefined) setPath(record, column.path, value);
    }
    records.push(record);
  }
}

function metaValue(field: string, cell: CellValue): unknown {
  const value = readCell({ key: field, path: [field], kind: field === "createdOn" ? "partial-date" : "text", required: false }, cell);
  if (field === "formatVersion" && typeof cell === "number") return Number.isInteger(cell) ? cell.toFixed(1) : String(cell);
  if (field === "title" && typeof value === "string" && value.startsWith("{")) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function findMetaField(name: string): string | undefined {
  const wanted = normalizeName(name);
  return Object.keys(META_HEADERS).find((field) => {
    const headers = META_HEADERS[field];
    return [field, headers?.["zh-CN"], headers?.en].some((text) => text !== undefined && normalizeName(text) === wanted);
  });
}

function readMeta(
  table: SheetTable,
  document: Record<string, unknown>,
  issues: Issue[],
  locations: Map<string, IssueLocation>,
): void {
  const fieldHeaders = [META_COLUMN_HEADERS.field["zh-CN"], META_COLUMN_HEADERS.field.en, "key"].map(normalizeName);
  let fieldAt = table.headers.findIndex((header) => fieldHeaders.includes(normalizeName(header)));
  if (fieldAt < 0) fieldAt = 0;
  const valueAt = fieldAt + 1;
  const meta: Record<string, unknown> = {};
  for (const row of table.rows) {
    const name = row.cells[fieldAt];
    if (isEmpty(name ?? null)) continue;
    const field = findMetaField(String(name));
    if (!field) {
      issues.push(
        createIssue("spreadsheet.meta_field_unknown", messages["spreadsheet.meta_field_unknown"], {
          path: "/meta",
          params: { field: String(name) },
          location: tableLocation(table, row, fieldAt),
        }),
      );
      continue;
    }
    const value = metaValue(field, row.cells[valueAt] ?? null);
    if (value === undefined) continue;
    const pointer = field === "formatVersion" ? "/formatVersion" : toJsonPointer(["meta", field]);
    locations.set(pointer, tableLocation(table, row, valueAt));
    if (field === "formatVersion") document["formatVersion"] = value;
    else meta[field] = value;
  }
  if (Object.keys(meta).length > 0) document["meta"] = meta;
}

/**
 * Builds the exchange document from tables read from sheets or CSV files: one table per collection (two tables
 * of the same collection are read one after the other), the dataset sheet for `formatVersion` and `meta`.
 * A spreadsheet carries no format version unless its dataset sheet says one: the current one is assumed.
 *
 * @param tables - the tables, in file order
 * @returns the document, the issues about sheets and headers, and the location of every record and field
 * @example
 * ```ts
 * const { input, issues, locations } = buildDocument(tables);
 * ```
 * @category Spreadsheet
 */
export function buildDocument(tables: readonly SheetTable[]): BuiltDocument {
  const issues: Issue[] = [];
  const locations = new Map<string, IssueLocation>();
  const document: Record<string, unknown> = { formatVersion: FORMAT_VERSION };
  const collections = new Map<CollectionName, unknown[]>();
  let read = 0;
  for (const table of tables) {
    const role = sheetRole(table.name);
    if (role.role === "aside") continue;
    if (role.role === "unknown") {
      issues.push(
        createIssue("spreadsheet.sheet_unknown", messages["spreadsheet.sheet_unknown"], {
          path: "",
          params: { sheet: table.sheet ?? table.name },
          location: tableLocation(table),
        }),
      );
      continue;
    }
    read++;
    if (role.role === "meta") {
      readMeta(table, document, issues, locations);
      continue;
    }
    let records = collections.get(role.collection);
    if (!records) {
      records = [];
      collections.set(role.collection, records);
      locations.set(toJsonPointer([role.collection]), tableLocation(table));
    }
    readRecords(table, role.collection, records, issues, locations);
  }
  for (const [collection, records] of collections) document[collection] = records;
  return { input: document, issues, locations, tablesRead: read };
}
