import type { Issue, IssueLocation } from "../issue/issue.js";
import { createIssue } from "../issue/message.js";
import { DEFAULT_LOCALE, type Locale } from "../label/localized-text.js";
import type { Indicator } from "../indicator/indicator.js";
import { INDICATOR_CATALOGUE } from "../indicator/indicator-catalogue.js";
import {
  COLLECTION_NAMES,
  DatasetMetaSchema,
  FORMAT_VERSION,
  RECORD_SCHEMAS,
  SUPPORTED_FORMAT_VERSIONS,
  type CollectionName,
  type Dataset,
  type DatasetMeta,
} from "./dataset.js";
import type { DraftDataset, DraftRecord } from "./draft.js";
import { exchangeMessages as messages } from "./messages.js";
import { fromZodIssues } from "./zod-issues.js";
import { collectionLabels } from "./collection-labels.js";
import { checkIntegrity } from "./check-integrity.js";
import { recordSchema } from "./record-schema.js";

/**
 * Options of {@link parseDataset}.
 *
 * @category Exchange
 */
export interface ParseDatasetOptions {
  /** The language of each issue's `text`; zh-CN when omitted. Both languages are always in `message`. */
  readonly locale?: Locale;
  /**
   * Indicators known besides those the dataset declares; the built-in {@link INDICATOR_CATALOGUE} when omitted.
   * Pass `[...INDICATOR_CATALOGUE, ...own]` to add to it, or `[]` to require every dataset to declare its own.
   */
  readonly indicators?: readonly Indicator[];
  /** Where the input came from, copied onto every issue. */
  readonly location?: IssueLocation;
}

/**
 * The result of {@link parseDataset}: the valid part of the document and every issue found.
 *
 * @category Exchange
 */
export interface ParseDatasetResult {
  /** True when no issue is an error. */
  readonly ok: boolean;
  /** Every record that passed all checks; invalid records are left out and named by an issue. */
  readonly dataset: Dataset;
  /** Every issue, in document order. */
  readonly issues: readonly LocatedIssue[];
}

/**
 * An issue with its message in the locale the caller asked for.
 *
 * @category Exchange
 */
export type LocatedIssue = Issue & {
  /** The message in the requested locale. */
  readonly text: string;
};

const TOP_LEVEL_FIELDS = new Set<string>(["$schema", "formatVersion", "meta", ...COLLECTION_NAMES]);

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function readFormatVersion(input: Record<string, unknown>, issues: Issue[]): string {
  const version = input["formatVersion"];
  if (version === undefined) {
    issues.push(
      createIssue("dataset.format_version_missing", messages["dataset.format_version_missing"], {
        path: ["formatVersion"],
        params: { assumed: FORMAT_VERSION },
      }),
    );
    return FORMAT_VERSION;
  }
  if (typeof version !== "string" || !/^\d+\.\d+$/.test(version)) {
    issues.push(
      createIssue("dataset.format_version_unsupported", messages["dataset.format_version_unsupported"], {
        path: ["formatVersion"],
        params: { version: String(version), supported: SUPPORTED_FORMAT_VERSIONS.join(", "), assumed: FORMAT_VERSION },
      }),
    );
    return FORMAT_VERSION;
  }
  if (SUPPORTED_FORMAT_VERSIONS.includes(version)) return version;
  const [major] = version.split(".");
  const known = SUPPORTED_FORMAT_VERSIONS.filter((v) => v.split(".")[0] === major);
  if (known.length > 0) {
    issues.push(
      createIssue("dataset.format_version_newer_minor", messages["dataset.format_version_newer_minor"], {
        path: ["formatVersion"],
        params: { version, supported: known.join(", ") },
      }),
    );
    return version;
  }
  issues.push(
    createIssue("dataset.format_version_unsupported", messages["dataset.format_version_unsupported"], {
      path: ["formatVersion"],
      params: { version, supported: SUPPORTED_FORMAT_VERSIONS.join(", "), assumed: FORMAT_VERSION },
    }),
  );
  return FORMAT_VERSION;
}

function readMeta(input: Record<string, unknown>, issues: Issue[]): DatasetMeta {
  if (input["meta"] === undefined) return {};
  const result = DatasetMetaSchema.safeParse(input["meta"]);
  if (result.success) return result.data;
  issues.push(
    createIssue("dataset.meta_invalid", messages["dataset.meta_invalid"], {
      path: ["meta"],
      params: { detail: result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") },
    }),
  );
  return {};
}

function unknownFields<K extends CollectionName>(
  collection: K,
  record: Record<string, unknown>,
  index: number,
  issues: Issue[],
): void {
  const known = RECORD_SCHEMAS[collection].shape as Record<string, unknown>;
  for (const field of Object.keys(record)) {
    if (Object.hasOwn(known, field)) continue;
    const labels = collectionLabels.labels[collection];
    issues.push(
      createIssue("record.unknown_field", messages["record.unknown_field"], {
        path: [collection, index, field],
        params: { field, collection, recordType: labels["zh-CN"], recordTypeEn: labels.en },
      }),
    );
  }
}

function readCollection<K extends CollectionName>(
  collection: K,
  input: Record<string, unknown>,
  issues: Issue[],
): DraftRecord<K>[] {
  const raw = input[collection];
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push(
      createIssue("dataset.collection_not_array", messages["dataset.collection_not_array"], {
        path: [collection],
        params: { collection, received: describeType(raw) },
      }),
    );
    return [];
  }
  const schema = recordSchema(collection);
  const out: DraftRecord<K>[] = [];
  for (let index = 0; index < raw.length; index++) {
    const item: unknown = raw[index];
    const result = schema.safeParse(item);
    if (result.success) {
      out.push({ record: result.data as DraftRecord<K>["record"], index });
      unknownFields(collection, item as Record<string, unknown>, index, issues);
    } else {
      issues.push(...fromZodIssues(result.error.issues, item, [collection, index]));
    }
  }
  return out;
}

function comparePaths(a: Issue, b: Issue): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Parses an exchange document. Never throws on data: it returns the valid part and every issue found,
 * each with a stable code, a JSON pointer and a message in zh-CN and en. Beyond shape it checks duplicate ids,
 * references of every kind, cycles in the organization, host-unit and region trees, region codes against
 * their declared parents, dates out of order, holdings outside their post's life and memberships of
 * organizations not alive at the time. A record with an error is left out; a record that refers to a
 * left-out record is left out too and named by its own issue, so the result is referentially whole.
 *
 * @param input - any JavaScript value, typically the result of `JSON.parse`
 * @param options - the locale of `text`, the known indicators (the built-in catalogue by default), a file location
 * @returns the valid dataset and the issues
 * @example
 * ```ts
 * const { ok, dataset, issues } = parseDataset(JSON.parse(text), { locale: "en" });
 * for (const issue of issues) console.log(issue.path, issue.text);
 * ```
 * @category Exchange
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): ParseDatasetResult {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const issues: Issue[] = [];
  const dataset = { formatVersion: FORMAT_VERSION, meta: {} } as { -readonly [K in keyof Dataset]: Dataset[K] };
  const draft = {} as { [K in CollectionName]: DraftRecord<K>[] };
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    issues.push(
      createIssue("dataset.not_an_object", messages["dataset.not_an_object"], {
        path: [],
        params: { received: describeType(input) },
      }),
    );
    for (const name of COLLECTION_NAMES) (dataset as Record<string, unknown>)[name] = [];
    return finish(dataset, issues, locale, options);
  }
  const document = input as Record<string, unknown>;
  dataset.formatVersion = readFormatVersion(document, issues);
  dataset.meta = readMeta(document, issues);
  for (const field of Object.keys(document)) {
    if (!TOP_LEVEL_FIELDS.has(field)) {
      issues.push(
        createIssue("dataset.unknown_field", messages["dataset.unknown_field"], {
          path: [field],
          params: { field, version: dataset.formatVersion },
        }),
      );
    }
  }
  for (const name of COLLECTION_NAMES) (draft as Record<string, unknown>)[name] = readCollection(name, document, issues);
  const integrity = checkIntegrity(draft as DraftDataset, { indicators: options.indicators ?? INDICATOR_CATALOGUE });
  issues.push(...integrity.issues);
  for (const name of COLLECTION_NAMES) {
    const kept = (draft[name] as DraftRecord[]).filter((entry) => !integrity.leftOut.has(entry.record));
    (dataset as Record<string, unknown>)[name] = kept.map((entry) => entry.record);
  }
  return finish(dataset, issues, locale, options);
}

function finish(dataset: Dataset, issues: Issue[], locale: Locale, options: ParseDatasetOptions): ParseDatasetResult {
  const located = issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => comparePaths(a.issue, b.issue) || a.order - b.order)
    .map(({ issue }): LocatedIssue => {
      const withLocation = options.location && !issue.location ? { ...issue, location: options.location } : issue;
      return { ...withLocation, text: issue.message[locale] };
    });
  return { ok: !located.some((issue) => issue.severity === "error"), dataset, issues: located };
}
