import {
  COLLECTION_NAMES,
  DEFAULT_LOCALE,
  FORMAT_VERSION,
  RECORD_SCHEMAS,
  createIssue,
  exchangeMessages,
  fromZodIssues,
  parseDataset,
  recordSchema,
  type CollectionName,
  type DatasetMeta,
  type Issue,
  type IssueLocation,
  type IssueSeverity,
  type Locale,
  type LocatedIssue,
  type MessageTemplate,
} from "@dangjian/core";
import type { z } from "zod";
import type { TextEncodingName } from "../encoding/decode-text.js";
import { fileMessages } from "../encoding/messages.js";
import { describeJsonError, locateJsonSyntaxError } from "../json/json-syntax.js";
import { createIdSet, hasId, hasPrint, markId, markPrint, DECLARED, SEEN, type IdSet } from "./id-set.js";
import { forEachNdjsonLine } from "./line-reader.js";
import { ndjsonMessages as messages } from "./messages.js";
import type { NdjsonLineOptions, NdjsonSource } from "./read-lines.js";
import { NDJSON_META_TYPE, NDJSON_RECORD_TYPES, collectionOfNdjsonType } from "./record-types.js";
import { isReferenced, recordTypeNames, referenceFieldLabel, visitRecordReferences } from "./references.js";
import { createFastFinding, fastCheckOf, type FastCheck, type FastFinding } from "./fast-checks.js";

/**
 * How many references to records not read yet are held until the end of the stream by default.
 *
 * @category NDJSON
 */
export const DEFAULT_MAX_PENDING_REFERENCES = 100_000;

/**
 * How many issues {@link validateNdjson} keeps in its summary by default when no `onIssue` is given.
 *
 * @category NDJSON
 */
export const DEFAULT_KEPT_ISSUES = 1000;

/**
 * Options of {@link validateNdjson}.
 *
 * @category NDJSON
 */
export interface ValidateNdjsonOptions extends Omit<NdjsonLineOptions, "onEncoding"> {
  /** The language of each issue's `text`; zh-CN when omitted. Both languages are always in `message`. */
  readonly locale?: Locale;
  /**
   * A source read first, for ids only (two passes): the same file opened again, or a file of the organizations,
   * people and other records the validated source refers to. Its own issues are not reported: validate it
   * on its own for those.
   */
  readonly referenceSource?: NdjsonSource;
  /**
   * How many references to records not read yet are held until the end of the stream, where those still
   * unresolved are reported as `reference.missing`; past the limit a forward reference is reported at once as
   * `ndjson.reference_not_yet_seen`. {@link DEFAULT_MAX_PENDING_REFERENCES} by default.
   */
  readonly maxPendingReferences?: number;
  /** Called with every issue as it is found (and then none are kept in the summary unless `keepIssues` says so). */
  readonly onIssue?: (issue: LocatedIssue) => void;
  /** How many issues to keep in the summary: {@link DEFAULT_KEPT_ISSUES} without `onIssue`, 0 with it. */
  readonly keepIssues?: number;
}

/**
 * What {@link validateNdjson} found: counts, never the records.
 *
 * @category NDJSON
 */
export interface NdjsonValidationSummary {
  /** True when no issue is an error. */
  readonly ok: boolean;
  /** Lines read that were not blank. */
  readonly lines: number;
  /** Lines that held a record of a known type (valid or not). */
  readonly records: number;
  /** Records with no error of their own: the ones `parseDataset` would keep, before its whole-dataset checks. */
  readonly valid: number;
  /** Records read per collection, in the order of `COLLECTION_NAMES`; collections never seen are absent. */
  readonly counts: { readonly [K in CollectionName]?: number };
  /** How many issues of each severity were found. */
  readonly severities: { readonly [S in IssueSeverity]: number };
  /** The first issues found, up to `keepIssues`, in the order found. */
  readonly issues: readonly LocatedIssue[];
  /** How many issues were found but not kept. */
  readonly issuesNotKept: number;
  /** The encoding the bytes were read in, when the source gave bytes. */
  readonly encoding?: TextEncodingName;
  /** 2 when a `referenceSource` was read first, else 1. */
  readonly passes: 1 | 2;
  /** The format version the meta line declared, or {@link FORMAT_VERSION}. */
  readonly formatVersion: string;
  /** What the meta line said about the dataset; `{}` without one. */
  readonly meta: DatasetMeta;
}

interface Pending {
  readonly collection: CollectionName;
  readonly index: number;
  readonly recordId: string;
  readonly line: number;
  readonly target: CollectionName;
  readonly id: string;
  readonly field: string;
  readonly item: number;
  readonly sub: string;
}

interface CollectionCheck {
  readonly collection: CollectionName;
  readonly schema: z.ZodType;
  readonly known: ReadonlySet<string>;
  readonly fast: FastCheck | undefined;
  // the id sets the fast check's reference fields point into, once they exist
  readonly referencedSets: (IdSet | undefined)[];
  readonly type: { readonly zh: string; readonly en: string };
  readonly ids: IdSet;
  count: number;
}

interface Run {
  readonly locale: Locale;
  readonly location: IssueLocation | undefined;
  readonly maxPending: number;
  readonly keep: number;
  readonly onIssue: ((issue: LocatedIssue) => void) | undefined;
  readonly checks: Map<CollectionName, CollectionCheck>;
  // the check of each `type` a line has given, singular or plural: one lookup a line
  readonly byType: Map<string, CollectionCheck>;
  readonly sets: Map<CollectionName, IdSet>;
  readonly found: FastFinding;
  readonly pending: Pending[];
  readonly kept: LocatedIssue[];
  readonly severities: { error: number; warning: number; info: number };
  lines: number;
  records: number;
  valid: number;
  metaAllowed: boolean;
  formatVersion: string;
  meta: DatasetMeta;
  encoding: TextEncodingName | undefined;
  // the record being checked, read by the reference visitor
  current: { collection: CollectionName; index: number; id: string; line: number; failed: boolean };
  visit: Visit;
}

function checkOf(run: Run, collection: CollectionName): CollectionCheck {
  let check = run.checks.get(collection);
  if (!check) {
    const known = new Set(Object.keys(RECORD_SCHEMAS[collection].shape));
    known.add("type");
    check = {
      collection,
      schema: recordSchema(collection),
      known,
      fast: fastCheckOf(collection),
      referencedSets: [],
      type: recordTypeNames(collection),
      ids: setOf(run, collection),
      count: 0,
    };
    run.checks.set(collection, check);
  }
  return check;
}

function setOf(run: Run, collection: CollectionName): IdSet {
  let set = run.sets.get(collection);
  if (!set) {
    set = createIdSet();
    run.sets.set(collection, set);
  }
  return set;
}

function report(run: Run, issue: Issue, line: number | undefined, column?: number): void {
  const location: IssueLocation | undefined =
    line !== undefined ? { ...run.location, line, ...(column !== undefined ? { column } : {}) } : run.location;
  const located: LocatedIssue = {
    ...issue,
    ...(location || issue.location ? { location: { ...location, ...issue.location } } : {}),
    text: issue.message[run.locale],
  };
  run.severities[located.severity]++;
  if (run.kept.length < run.keep) run.kept.push(located);
  run.onIssue?.(located);
}

function raise(run: Run, code: keyof typeof messages, line: number, params: Record<string, unknown>, path = "", column?: number): void {
  report(run, createIssue(code, messages[code] as MessageTemplate, { path, params }), line, column);
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function readMeta(run: Run, value: Record<string, unknown>, line: number): void {
  if (!run.metaAllowed) {
    raise(run, "ndjson.meta_not_first", line, { line });
    return;
  }
  run.metaAllowed = false;
  const { type: _type, formatVersion, ...meta } = value;
  const parsed = parseDataset({ formatVersion, meta }, { locale: run.locale });
  run.formatVersion = parsed.dataset.formatVersion;
  run.meta = parsed.dataset.meta;
  for (const issue of parsed.issues) report(run, issue, line);
}

// the check of a line's `type`, looked up once per distinct type
function checkOfType(run: Run, type: unknown): CollectionCheck | undefined {
  if (typeof type !== "string") return undefined;
  const known = run.byType.get(type);
  if (known !== undefined) return known;
  const collection = collectionOfNdjsonType(type);
  if (collection === undefined) return undefined;
  const check = checkOf(run, collection);
  run.byType.set(type, check);
  return check;
}

function checkLine(run: Run, text: string, line: number): void {
  if (text.length === 0 || ((text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32) && text.trim() === "")) return;
  run.lines++;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = locateJsonSyntaxError(text, error);
    raise(run, "ndjson.invalid_json", line, { line, column: position.column, detail: describeJsonError(error) }, "", position.column);
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    raise(run, "ndjson.not_an_object", line, { line, received: describeType(value) });
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record["type"];
  const check = checkOfType(run, type);
  if (check === undefined) {
    if (type === NDJSON_META_TYPE) readMeta(run, record, line);
    else if (type === undefined) raise(run, "ndjson.type_missing", line, { line });
    else raise(run, "ndjson.type_unknown", line, { line, type: String(type), allowed: Object.values(NDJSON_RECORD_TYPES).join(", ") });
    return;
  }
  run.metaAllowed = false;
  run.records++;
  const index = check.count++;
  if (check.fast !== undefined && check.fast.check(record, run.found)) checkFound(run, check, check.fast, index, line);
  else checkRecord(run, check, record, index, line);
}

// a record its fast check vouched for: its id and references are in run.found, fingerprinted
function checkFound(run: Run, check: CollectionCheck, fast: FastCheck, index: number, line: number): void {
  const found = run.found;
  if (markPrint(check.ids, found.id, found.prints, 0, SEEN)) {
    raiseDuplicate(run, check, index, found.id, line);
    return;
  }
  let failed = false;
  for (let k = 0; k < found.count; k++) {
    const field = found.fields[k]!;
    const reference = fast.references[field]!;
    const id = found.referenced[k]!;
    const set = check.referencedSets[field] ?? referencedSet(run, check, field, reference.target);
    if (set !== undefined && hasPrint(set, id, found.prints, 2 * k + 2)) continue;
    if (unresolved(run, { collection: check.collection, index, recordId: found.id, line, target: reference.target, id, field: reference.field, item: -1, sub: "" })) {
      failed = true;
    }
  }
  if (!failed) run.valid++;
}

function referencedSet(run: Run, check: CollectionCheck, field: number, target: CollectionName): IdSet | undefined {
  const set = run.sets.get(target);
  // kept once it exists: a collection's set, once made, stays the same object
  if (set !== undefined) check.referencedSets[field] = set;
  return set;
}

// zod for what the fast check cannot vouch for: its issues are the ones reported
function checkRecord(run: Run, check: CollectionCheck, record: Record<string, unknown>, index: number, line: number): void {
  const collection = check.collection;
  let failed = false;
  const result = check.schema.safeParse(record);
  if (!result.success) {
    failed = true;
    for (const issue of fromZodIssues(result.error.issues, record, [collection, index])) report(run, issue, line);
  } else {
    for (const field in record) {
      if (check.known.has(field)) continue;
      report(
        run,
        createIssue("record.unknown_field", exchangeMessages["record.unknown_field"], {
          path: [collection, index, field],
          params: { field, collection, recordType: check.type.zh, recordTypeEn: check.type.en.toLowerCase() },
        }),
        line,
      );
    }
  }
  const id = collection === "indicators" ? record["code"] : record["id"];
  if (typeof id === "string") {
    if (markId(check.ids, id, SEEN)) {
      failed = true;
      raiseDuplicate(run, check, index, id, line);
    }
  }
  if (!failed) {
    const current = run.current;
    current.collection = collection;
    current.index = index;
    current.id = typeof id === "string" ? id : "";
    current.line = line;
    current.failed = false;
    visitRecordReferences(collection, record, run.visit);
    if (!current.failed) run.valid++;
  }
}

function raiseDuplicate(run: Run, check: CollectionCheck, index: number, id: string, line: number): void {
  const collection = check.collection;
  raise(run, "record.duplicate_id", line, { collection, id, recordType: check.type.zh, recordTypeEn: check.type.en }, `/${collection}/${index}/${collection === "indicators" ? "code" : "id"}`);
}

function pointerOf(collection: CollectionName, index: number, field: string, item: number, sub: string): string {
  return `/${collection}/${index}/${field}${item >= 0 ? `/${item}` : ""}${sub !== "" ? `/${sub}` : ""}`;
}

function referenceParams(run: Run, entry: Pending): Record<string, unknown> {
  const label = referenceFieldLabel(entry.field, entry.sub);
  const type = checkOf(run, entry.collection).type;
  return {
    collection: entry.collection,
    id: entry.recordId,
    recordType: type.zh,
    recordTypeEn: type.en,
    field: label["zh-CN"],
    fieldEn: label.en,
    target: entry.id,
    targetCollection: entry.target,
  };
}

function reportUnresolved(run: Run, entry: Pending): void {
  const path = pointerOf(entry.collection, entry.index, entry.field, entry.item, entry.sub);
  const params = referenceParams(run, entry);
  for (const [other, set] of run.sets) {
    if (other === entry.target || other === "indicators" || !hasId(set, entry.id)) continue;
    const expected = recordTypeNames(entry.target);
    const actual = recordTypeNames(other);
    raise(run, "reference.wrong_type", entry.line, {
      ...params,
      actualCollection: other,
      actualType: actual.zh,
      actualTypeEn: actual.en.toLowerCase(),
      expectedType: expected.zh,
      expectedTypeEn: expected.en.toLowerCase(),
    }, path);
    return;
  }
  raise(run, "reference.missing", entry.line, params, path);
}

type Visit = (target: CollectionName, id: string, field: string, item: number, sub: string) => void;

function visitorOf(run: Run): Visit {
  return (target, id, field, item, sub) => {
    const set = run.sets.get(target);
    if (set !== undefined && hasId(set, id)) return;
    const { collection, index, id: recordId, line } = run.current;
    if (unresolved(run, { collection, index, recordId, line, target, id, field, item, sub })) run.current.failed = true;
  };
}

// a reference to an id not read yet: held for the end while there is room, else reported now; true when the
// record fails for it
function unresolved(run: Run, entry: Pending): boolean {
  if (run.pending.length < run.maxPending) {
    run.pending.push(entry);
    return false;
  }
  const path = pointerOf(entry.collection, entry.index, entry.field, entry.item, entry.sub);
  raise(run, "ndjson.reference_not_yet_seen", entry.line, { ...referenceParams(run, entry), maxPending: run.maxPending }, path);
  return true;
}

function collectId(run: Run, text: string): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return;
  }
  if (value === null || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  const collection = collectionOfNdjsonType(record["type"]);
  if (collection === undefined || !isReferenced(collection)) return;
  const id = record["id"];
  if (typeof id === "string") markId(setOf(run, collection), id, DECLARED);
}

/**
 * Validates NDJSON as it streams, holding one line at a time besides the ids of the records read (kept as
 * 64-bit fingerprints: 8 bytes an id when each collection's ids come in order, up to 15 when not) and a bounded
 * list of forward references.
 *
 * The format: one JSON object a line, each with a `type` naming its collection by the singular
 * (`{"type":"organization","id":"org-1",…}`, see {@link NDJSON_RECORD_TYPES}) or by the collection's name;
 * an optional first line `{"type":"meta","formatVersion":"1.0",…meta fields}`; blank lines are ignored.
 *
 * Every record is checked with its collection's schema (`recordSchema`), for unknown fields and duplicate ids,
 * and for references: each issue carries its line (and column for invalid JSON) and the JSON pointer
 * `/<collection>/<index>/…` it would have in the exchange document (the index counts records of that
 * collection in the stream). References are checked in one of two orders:
 * - one pass (the default): a reference must resolve to a record read before or after it; those not read yet
 *   are held (up to `maxPendingReferences`) and reported as `reference.missing` at the end only if still
 *   unresolved. For a large file, list the records referred to first (organizations, people, regions … before
 *   memberships, posts …): then nothing is held.
 * - two passes: `referenceSource` (the same file opened again, or a file of the referenced records) is read
 *   first for ids only, so any order works in constant memory apart from the id sets.
 *
 * A record that fails its own checks still counts as read for the references to it (a stream does not
 * report `reference.target_left_out`). Not checked in a stream (they need the whole dataset; use {@link datasetFromNdjson} on a file that fits in
 * memory): cycles in the trees, region codes against parents, dates and lifetimes across records, indicators.
 * Issues come in the order found, unresolved references last. Never throws on data.
 *
 * @param source - chunks of bytes or text, e.g. `fs.createReadStream(path)`
 * @param options - file name, locale, reference source, limits, and `onIssue` to receive every issue
 * @returns the summary: counts per collection and per severity, and the first issues
 * @example
 * ```ts
 * const summary = await validateNdjson(createReadStream("members.ndjson"), {
 *   file: "members.ndjson",
 *   referenceSource: createReadStream("members.ndjson"), // two passes: any order
 *   onIssue: (issue) => console.error(issue.location?.line, issue.path, issue.text),
 * });
 * process.exitCode = summary.ok ? 0 : 1;
 * ```
 * @category NDJSON
 */
export async function validateNdjson(source: NdjsonSource, options: ValidateNdjsonOptions = {}): Promise<NdjsonValidationSummary> {
  const location: IssueLocation | undefined = options.file !== undefined ? { file: options.file } : undefined;
  const run = {
    locale: options.locale ?? DEFAULT_LOCALE,
    location,
    maxPending: Math.max(0, options.maxPendingReferences ?? DEFAULT_MAX_PENDING_REFERENCES),
    keep: Math.max(0, options.keepIssues ?? (options.onIssue ? 0 : DEFAULT_KEPT_ISSUES)),
    onIssue: options.onIssue,
    checks: new Map(),
    byType: new Map(),
    sets: new Map(),
    found: createFastFinding(),
    pending: [],
    kept: [],
    severities: { error: 0, warning: 0, info: 0 },
    lines: 0,
    records: 0,
    valid: 0,
    metaAllowed: true,
    formatVersion: FORMAT_VERSION,
    meta: {},
    encoding: undefined,
    current: { collection: "organizations", index: 0, id: "", line: 0, failed: false },
    visit: () => {},
  } as Run;
  run.visit = visitorOf(run);
  const lineOptions: NdjsonLineOptions = {
    ...(options.maxLineLength !== undefined ? { maxLineLength: options.maxLineLength } : {}),
    ...(options.file !== undefined ? { file: options.file } : {}),
  };
  if (options.referenceSource) {
    // its own issues are not reported
    await forEachNdjsonLine(options.referenceSource, lineOptions, { line: (text) => collectId(run, text), issue: () => {} });
  }
  const reading: NdjsonLineOptions = { ...lineOptions, onEncoding: (encoding) => (run.encoding = encoding) };
  await forEachNdjsonLine(source, reading, {
    line: (text, line) => checkLine(run, text, line),
    issue: (issue) => report(run, issue, issue.location?.line),
  });
  for (const entry of run.pending) {
    const set = run.sets.get(entry.target);
    if (set === undefined || !hasId(set, entry.id)) reportUnresolved(run, entry);
  }
  run.pending.length = 0;
  if (run.lines === 0 && run.severities.error === 0) {
    report(run, createIssue("file.empty", fileMessages["file.empty"], { path: "" }), undefined);
  }
  const counts: { [K in CollectionName]?: number } = {};
  for (const name of COLLECTION_NAMES) {
    const check = run.checks.get(name);
    if (check) counts[name] = check.count;
  }
  const total = run.severities.error + run.severities.warning + run.severities.info;
  return {
    ok: run.severities.error === 0,
    lines: run.lines,
    records: run.records,
    valid: run.valid,
    counts,
    severities: { ...run.severities },
    issues: run.kept,
    issuesNotKept: total - run.kept.length,
    ...(run.encoding !== undefined ? { encoding: run.encoding } : {}),
    passes: options.referenceSource ? 2 : 1,
    formatVersion: run.formatVersion,
    meta: run.meta,
  };
}
