import {
  COLLECTION_NAMES,
  DEFAULT_LOCALE,
  createIssue,
  parseDataset,
  type Dataset,
  type Indicator,
  type Issue,
  type IssueLocation,
  type Locale,
  type LocatedIssue,
} from "@dangjian/core";
import { decodeText, type TextEncodingName } from "../encoding/decode-text.js";
import { jsonMessages } from "./messages.js";
import { describeJsonError, locateJsonSyntaxError } from "./json-syntax.js";
import { linesOfPointers } from "./pointer-lines.js";

/**
 * Options of {@link readJsonDocument}.
 *
 * @category JSON
 */
export interface ReadJsonDocumentOptions {
  /** The file's name or path, put on every issue's location. */
  readonly file?: string;
  /** The language of each issue's `text`; zh-CN when omitted. */
  readonly locale?: Locale;
  /** Indicators known besides those the dataset declares, as for `parseDataset`. */
  readonly indicators?: readonly Indicator[];
  /** Whether to find the line of each issue's record or field by scanning the text; true by default. */
  readonly lines?: boolean;
}

/**
 * The result of {@link readJsonDocument}.
 *
 * @category JSON
 */
export interface ReadJsonDocumentResult {
  /** True when no issue is an error. */
  readonly ok: boolean;
  /** The valid part of the document, when it could be parsed as JSON. */
  readonly dataset?: Dataset;
  /** The document as `JSON.parse` gave it, before validation, when it could be parsed. */
  readonly input?: unknown;
  /** The encoding the bytes were read in (`utf-8` for text given as a string). */
  readonly encoding: TextEncodingName;
  /** Every issue: the file's, the JSON syntax's, then the exchange parser's, each located. */
  readonly issues: readonly LocatedIssue[];
}

function locate(issue: Issue, locale: Locale, location: IssueLocation | undefined): LocatedIssue {
  const merged = location || issue.location ? { ...location, ...issue.location } : undefined;
  return { ...issue, ...(merged ? { location: merged } : {}), text: issue.message[locale] };
}

// the pointer and its parents down to the record (`/people/3/sources/0/documentId` … `/people/3`)
function candidates(path: string): string[] {
  const segments = path.split("/").slice(1, 4);
  const out: string[] = [];
  for (let n = segments.length; n >= 1; n--) out.push("/" + segments.slice(0, n).join("/"));
  return out;
}

/**
 * Reads an exchange document in JSON: decodes the bytes ({@link decodeText}: UTF-8, a byte order mark, UTF-16,
 * GB18030), parses the JSON with the line and column of a syntax error, then runs `parseDataset` with the file
 * as location. Each issue of the parser gets the line of the value its pointer names, or of the nearest record
 * or collection above it, by one scan of the text (skip it with `lines: false`). Never throws on data.
 *
 * @param input - the document's text or bytes
 * @param options - the file's name, the locale of `text`, the known indicators
 * @returns the dataset (when the JSON could be parsed), the encoding, and every issue
 * @example
 * ```ts
 * const result = readJsonDocument(await readFile("county.json"), { file: "county.json", locale: "en" });
 * for (const issue of result.issues) console.log(issue.location?.line, issue.path, issue.text);
 * ```
 * @category JSON
 */
export function readJsonDocument(input: string | Uint8Array, options: ReadJsonDocumentOptions = {}): ReadJsonDocumentResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const location: IssueLocation | undefined = options.file !== undefined ? { file: options.file } : undefined;
  let text: string;
  let encoding: TextEncodingName = "utf-8";
  const fileIssues: Issue[] = [];
  if (typeof input === "string") {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trim() === "") {
      const decoded = decodeText(new Uint8Array(0), options.file !== undefined ? { file: options.file } : {});
      return { ok: false, encoding, issues: decoded.issues.map((issue) => locate(issue, locale, location)) };
    }
  } else {
    const decoded = decodeText(input, options.file !== undefined ? { file: options.file } : {});
    encoding = decoded.encoding;
    fileIssues.push(...decoded.issues);
    if (!decoded.ok) return { ok: false, encoding, issues: fileIssues.map((issue) => locate(issue, locale, location)) };
    text = decoded.text;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { line, column, offset } = locateJsonSyntaxError(text, error);
    fileIssues.push(
      createIssue("json.syntax_error", jsonMessages["json.syntax_error"], {
        path: "",
        params: { line, column, offset, detail: describeJsonError(error) },
        location: { ...location, line, column },
      }),
    );
    return { ok: false, encoding, issues: fileIssues.map((issue) => locate(issue, locale, location)) };
  }
  const parsed = parseDataset(value, {
    locale,
    ...(options.indicators ? { indicators: options.indicators } : {}),
  });
  let lines = new Map<string, number>();
  if (options.lines !== false && parsed.issues.length > 0) {
    const wanted = new Set<string>();
    for (const issue of parsed.issues) for (const pointer of candidates(issue.path)) wanted.add(pointer);
    lines = linesOfPointers(text, wanted);
  }
  const issues = [
    ...fileIssues.map((issue) => locate(issue, locale, location)),
    ...parsed.issues.map((issue) => {
      const line = candidates(issue.path)
        .map((pointer) => lines.get(pointer))
        .find((found) => found !== undefined);
      return locate(issue, locale, line !== undefined ? { ...location, line } : location);
    }),
  ];
  return { ok: parsed.ok && !fileIssues.some((issue) => issue.severity === "error"), dataset: parsed.dataset, input: value, encoding, issues };
}

/**
 * Writes a dataset as an exchange document in JSON, indented by two spaces, with a final line break; empty
 * collections and empty `meta` are left out.
 *
 * @param dataset - the dataset (or any exchange document)
 * @returns the JSON text
 * @example
 * ```ts
 * await writeFile("county.json", writeJsonDocument(parseDataset(input).dataset));
 * ```
 * @category JSON
 */
export function writeJsonDocument(dataset: Dataset): string {
  // empty collections are left out: every collection of the document is optional
  const document: Record<string, unknown> = { formatVersion: dataset.formatVersion };
  if (Object.keys(dataset.meta).length > 0) document["meta"] = dataset.meta;
  for (const name of COLLECTION_NAMES) if (dataset[name].length > 0) document[name] = dataset[name];
  return JSON.stringify(document, null, 2) + "\n";
}
