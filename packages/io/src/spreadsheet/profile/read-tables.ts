import {
  DEFAULT_LOCALE,
  createIssue,
  fromJsonPointer,
  parseDataset,
  toJsonPointer,
  type Dataset,
  type Issue,
  type IssueLocation,
  type Locale,
  type LocatedIssue,
} from "@dangjian/core";
import { buildDocument } from "./build-document.js";
import { spreadsheetMessages as messages } from "./messages.js";
import type { SheetTable } from "./table.js";

/**
 * What the spreadsheet readers give back: the exchange document built from the rows, the valid dataset
 * `parseDataset` made of it, and every issue, each located to its file, sheet, row and column.
 *
 * @category Spreadsheet
 */
export interface SpreadsheetReadResult {
  /** True when no issue is an error. */
  readonly ok: boolean;
  /** The exchange document as the rows say it, before validation: what `dangjian convert` writes as JSON. */
  readonly input: Record<string, unknown>;
  /** Every record that passed all checks. */
  readonly dataset: Dataset;
  /**
   * Every issue: first those about the files, sheets, headers and cells, then those of `parseDataset`; each has
   * its JSON pointer and, where it can be told, its file, sheet (XLSX), row, line (CSV) and column (the letter
   * for XLSX, the header for CSV).
   */
  readonly issues: readonly LocatedIssue[];
}

/**
 * Options of the spreadsheet readers.
 *
 * @category Spreadsheet
 */
export interface SpreadsheetReadOptions {
  /** The language of each issue's `text`; zh-CN when omitted. Both languages are always in `message`. */
  readonly locale?: Locale;
}

function locate(path: string, locations: ReadonlyMap<string, IssueLocation>, fallback: IssueLocation | undefined) {
  const segments = fromJsonPointer(path);
  // an issue deep inside a JSON cell (`/organizations/2/sources/0/documentId`) is located at its cell
  for (let depth = segments.length; depth >= 1; depth--) {
    const found = locations.get(toJsonPointer(segments.slice(0, depth)));
    if (found) return found;
  }
  return fallback;
}

function cellKey(location: IssueLocation): string | undefined {
  if (location.row === undefined || location.column === undefined) return undefined;
  return `${location.file ?? ""}|${location.sheet ?? ""}|${location.row}|${location.column}`;
}

// the reader's own cell issues (a formula, an error value) learn their field's pointer once the records are built
function pointersByCell(locations: ReadonlyMap<string, IssueLocation>): Map<string, string> {
  const byCell = new Map<string, string>();
  for (const [pointer, location] of locations) {
    const key = cellKey(location);
    const known = key === undefined ? undefined : byCell.get(key);
    if (key !== undefined && (known === undefined || known.length < pointer.length)) byCell.set(key, pointer);
  }
  return byCell;
}

function withText(issue: Issue, locale: Locale): LocatedIssue {
  return { ...issue, text: issue.message[locale] };
}

/**
 * Builds the exchange document from tables, validates it with `parseDataset` and locates every issue.
 *
 * @param tables - the tables read
 * @param readIssues - issues the file reader raised before (encoding, formulas, ragged rows …)
 * @param options - the locale, and the location of issues about the whole document
 * @returns the read result
 * @internal
 */
export function readTables(
  tables: readonly SheetTable[],
  readIssues: readonly Issue[],
  options: SpreadsheetReadOptions & { readonly fallback?: IssueLocation },
): SpreadsheetReadResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const built = buildDocument(tables);
  const own = [...readIssues, ...built.issues];
  if (built.tablesRead === 0 && !own.some((issue) => issue.severity === "error")) {
    own.push(
      createIssue("spreadsheet.no_tables", messages["spreadsheet.no_tables"], {
        path: "",
        ...(options.fallback ? { location: options.fallback } : {}),
      }),
    );
  }
  const byCell = pointersByCell(built.locations);
  const pointed = own.map((issue) => {
    const key = issue.path === "" && issue.location ? cellKey(issue.location) : undefined;
    const pointer = key === undefined ? undefined : byCell.get(key);
    return pointer === undefined ? issue : { ...issue, path: pointer };
  });
  const parsed = parseDataset(built.input, { locale });
  const located = parsed.issues.map((issue): LocatedIssue => {
    if (issue.location) return issue;
    const location = locate(issue.path, built.locations, options.fallback);
    return location ? { ...issue, location } : issue;
  });
  const issues = [...pointed.map((issue) => withText(issue, locale)), ...located];
  return {
    ok: !issues.some((issue) => issue.severity === "error"),
    input: built.input,
    dataset: parsed.dataset,
    issues,
  };
}
