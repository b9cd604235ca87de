import {
  COLLECTION_NAMES,
  DEFAULT_LOCALE,
  FORMAT_VERSION,
  createIssue,
  parseDataset,
  type CollectionName,
  type Dataset,
  type Indicator,
  type Issue,
  type IssueLocation,
  type Locale,
  type LocatedIssue,
} from "@dangjian/core";
import type { TextEncodingName } from "../encoding/decode-text.js";
import { fileMessages } from "../encoding/messages.js";
import { describeJsonError, locateJsonSyntaxError } from "../json/json-syntax.js";
import { ndjsonMessages as messages } from "./messages.js";
import { readNdjsonLineBatches, type NdjsonLineOptions, type NdjsonSource } from "./read-lines.js";
import { NDJSON_META_TYPE, NDJSON_RECORD_TYPES, collectionOfNdjsonType } from "./record-types.js";

/**
 * The order {@link writeNdjson} writes collections in: every collection after those its records refer to
 * (sources first, then regions, host units, organizations, people …), so a one-pass validation of the output
 * holds only the references inside a collection that point forward.
 *
 * @category NDJSON
 */
export const NDJSON_COLLECTION_ORDER: readonly CollectionName[] = [
  "documents",
  "regions",
  "hostUnits",
  "organizations",
  "people",
  "posts",
  "memberships",
  "postHoldings",
  "campaigns",
  "teams",
  "sites",
  "households",
  "activities",
  "pairings",
  "indicators",
  "observations",
];

/**
 * One record as an NDJSON line, without the line break: its `type` first, then its fields.
 *
 * @param collection - the record's collection
 * @param record - the record
 * @returns the line
 * @example
 * ```ts
 * formatNdjsonRecord("organizations", { id: "org-1", name: "第一党支部", kind: "branch" });
 * // '{"type":"organization","id":"org-1","name":"第一党支部","kind":"branch"}'
 * ```
 * @category NDJSON
 */
export function formatNdjsonRecord(collection: CollectionName, record: object): string {
  return JSON.stringify({ type: NDJSON_RECORD_TYPES[collection], ...record });
}

/**
 * Options of {@link writeNdjson}.
 *
 * @category NDJSON
 */
export interface WriteNdjsonOptions {
  /** Roughly how many characters each yielded chunk holds; 65,536 by default. Chunks always end with a whole line. */
  readonly chunkLength?: number;
}

/**
 * Writes a dataset as NDJSON: a meta line (`{"type":"meta","formatVersion":…,…meta}`), then one line a record,
 * collections in {@link NDJSON_COLLECTION_ORDER}, records in their order in the dataset. Yields chunks of whole
 * lines, each line ending with `\n`, for `stream.Readable.from` or a loop of writes.
 *
 * @param dataset - the dataset
 * @param options - the chunk size
 * @returns the NDJSON text in chunks
 * @example
 * ```ts
 * await pipeline(Readable.from(writeNdjson(dataset)), createWriteStream("county.ndjson"));
 * ```
 * @category NDJSON
 */
export async function* writeNdjson(dataset: Dataset, options: WriteNdjsonOptions = {}): AsyncGenerator<string, void, undefined> {
  const size = Math.max(1, options.chunkLength ?? 65_536);
  let chunk = JSON.stringify({ type: NDJSON_META_TYPE, formatVersion: dataset.formatVersion, ...dataset.meta }) + "\n";
  for (const collection of NDJSON_COLLECTION_ORDER) {
    for (const record of dataset[collection] as readonly object[]) {
      chunk += formatNdjsonRecord(collection, record) + "\n";
      if (chunk.length >= size) {
        yield chunk;
        chunk = "";
      }
    }
  }
  if (chunk !== "") yield chunk;
}

/**
 * Options of {@link datasetFromNdjson}.
 *
 * @category NDJSON
 */
export interface DatasetFromNdjsonOptions extends Omit<NdjsonLineOptions, "onEncoding"> {
  /** The language of each issue's `text`; zh-CN when omitted. */
  readonly locale?: Locale;
  /** Indicators known besides those the dataset declares, as for `parseDataset`. */
  readonly indicators?: readonly Indicator[];
}

/**
 * The result of {@link datasetFromNdjson}: `parseDataset`'s result with every issue located by line.
 *
 * @category NDJSON
 */
export interface DatasetFromNdjsonResult {
  /** True when no issue is an error. */
  readonly ok: boolean;
  /** The valid part of the records, as `parseDataset` keeps it. */
  readonly dataset: Dataset;
  /** The exchange document the lines make, before validation (records without their `type`). */
  readonly input: Record<string, unknown>;
  /** The issues of the lines (invalid JSON, unknown type …), then `parseDataset`'s, each with its line. */
  readonly issues: readonly LocatedIssue[];
  /** The encoding the bytes were read in, when the source gave bytes. */
  readonly encoding?: TextEncodingName;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/**
 * Reads NDJSON whole into an exchange document and parses it with `parseDataset`, so every check runs (cycles,
 * dates across records, lifetimes …), and locates each issue by the line of the record its pointer names. For
 * files that fit in memory; stream larger ones through {@link validateNdjson}. A meta line anywhere sets
 * `formatVersion` and `meta` (the first one wins); without one the current {@link FORMAT_VERSION} is assumed.
 *
 * @param source - chunks of bytes or text
 * @param options - file name, locale, known indicators, line length cap
 * @returns the dataset, the issues and the encoding
 * @example
 * ```ts
 * const { ok, dataset, issues } = await datasetFromNdjson(createReadStream("county.ndjson"), { file: "county.ndjson" });
 * ```
 * @category NDJSON
 */
export async function datasetFromNdjson(source: NdjsonSource, options: DatasetFromNdjsonOptions = {}): Promise<DatasetFromNdjsonResult> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const location: IssueLocation | undefined = options.file !== undefined ? { file: options.file } : undefined;
  const issues: LocatedIssue[] = [];
  const add = (issue: Issue, line?: number, column?: number): void => {
    const at = line !== undefined ? { ...location, ...issue.location, line, ...(column !== undefined ? { column } : {}) } : { ...location, ...issue.location };
    issues.push({ ...issue, ...(Object.keys(at).length > 0 ? { location: at } : {}), text: issue.message[locale] });
  };
  const lineIssue = (code: keyof typeof messages, line: number, params: Record<string, unknown>, column?: number): void =>
    add(createIssue(code, messages[code], { path: "", params }), line, column);

  const document: Record<string, unknown> = { formatVersion: FORMAT_VERSION };
  const lines = new Map<CollectionName, number[]>();
  let metaLine: number | undefined;
  let encoding: TextEncodingName | undefined;
  let count = 0;
  const reading: NdjsonLineOptions = {
    ...(options.maxLineLength !== undefined ? { maxLineLength: options.maxLineLength } : {}),
    ...(options.file !== undefined ? { file: options.file } : {}),
    onEncoding: (found) => (encoding = found),
  };
  for await (const batch of readNdjsonLineBatches(source, reading)) {
    for (const item of batch) {
      if (item.kind === "issue") {
        add(item.issue);
        continue;
      }
      const { text, line } = item;
      if (text.trim() === "") continue;
      count++;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const { column } = locateJsonSyntaxError(text, error);
        lineIssue("ndjson.invalid_json", line, { line, column, detail: describeJsonError(error) }, column);
        continue;
      }
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        lineIssue("ndjson.not_an_object", line, { line, received: describeType(value) });
        continue;
      }
      const { type, ...record } = value as Record<string, unknown>;
      const collection = collectionOfNdjsonType(type);
      if (collection === undefined) {
        if (type === NDJSON_META_TYPE) {
          if (metaLine !== undefined) lineIssue("ndjson.meta_not_first", line, { line });
          else {
            const { formatVersion, ...meta } = record;
            metaLine = line;
            document["formatVersion"] = formatVersion;
            if (Object.keys(meta).length > 0) document["meta"] = meta;
          }
        } else if (type === undefined) lineIssue("ndjson.type_missing", line, { line });
        else lineIssue("ndjson.type_unknown", line, { line, type: String(type), allowed: Object.values(NDJSON_RECORD_TYPES).join(", ") });
        continue;
      }
      let list = document[collection] as unknown[] | undefined;
      if (!list) document[collection] = list = [];
      list.push(record);
      let numbers = lines.get(collection);
      if (!numbers) lines.set(collection, (numbers = []));
      numbers.push(line);
    }
  }
  if (count === 0 && !issues.some((issue) => issue.severity === "error")) {
    add(createIssue("file.empty", fileMessages["file.empty"], { path: "" }));
  }
  const parsed = parseDataset(document, { locale, ...(options.indicators ? { indicators: options.indicators } : {}) });
  for (const issue of parsed.issues) {
    const [, first, second] = issue.path.split("/");
    let line: number | undefined;
    if (first === "formatVersion" || first === "meta") line = metaLine;
    else if (first !== undefined && second !== undefined && (COLLECTION_NAMES as string[]).includes(first)) {
      line = lines.get(first as CollectionName)?.[Number(second)];
    }
    add(issue, line);
  }
  return {
    ok: !issues.some((issue) => issue.severity === "error"),
    dataset: parsed.dataset,
    input: document,
    issues,
    ...(encoding !== undefined ? { encoding } : {}),
  };
}
