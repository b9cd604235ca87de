import { createIssue, type Issue, type IssueLocation } from "@dangjian/core";
import { fileMessages } from "../encoding/messages.js";
import { detectByteOrderMark, sniffBytes, SNIFF_BYTES, type TextEncodingName } from "../encoding/decode-text.js";
import { ndjsonMessages } from "./messages.js";

/**
 * The longest line, in characters (UTF-16 code units), the NDJSON reader holds by default: 16 Mi.
 *
 * @category NDJSON
 */
export const DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;

/**
 * Where NDJSON comes from: chunks of bytes (a file stream, a fetch body) or of text, split anywhere.
 *
 * @category NDJSON
 */
export type NdjsonSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

/**
 * Options of {@link readNdjsonLines}.
 *
 * @category NDJSON
 */
export interface NdjsonLineOptions {
  /** The longest line held, in characters; a longer line is skipped with `ndjson.line_too_long`. {@link DEFAULT_MAX_LINE_LENGTH} by default. */
  readonly maxLineLength?: number;
  /** The file's name or path, put on every issue's location. */
  readonly file?: string;
  /** Called with the encoding the bytes are read in, once known (and again if it changes to GB18030). */
  readonly onEncoding?: (encoding: TextEncodingName) => void;
}

/**
 * One item of {@link readNdjsonLines}: a line's text (without its `\r\n` or `\n`), or an issue about the bytes.
 *
 * @category NDJSON
 */
export type NdjsonLine =
  | {
      /** A line of text. */
      readonly kind: "line";
      /** Its number, counted from 1. */
      readonly line: number;
      /** Its text, without the line break and, on the first line, without a byte order mark. */
      readonly text: string;
    }
  | {
      /** An issue: a line too long (skipped), binary content (reading stops), an encoding found or invalid. */
      readonly kind: "issue";
      /** The issue, located by file and, when it concerns a line, by line. */
      readonly issue: Issue;
    };

type Emit = (item: NdjsonLine) => void;

/**
 * The state of one pass of splitting: what is pending from the previous chunk and how lines are numbered.
 *
 * @internal
 */
interface Splitter {
  pending: string;
  skipping: boolean;
  skipped: number;
  line: number;
  started: boolean;
  readonly max: number;
  readonly location: IssueLocation | undefined;
}

function tooLong(state: Splitter, length: number): NdjsonLine {
  const location = { ...state.location, line: state.line };
  return {
    kind: "issue",
    issue: createIssue("ndjson.line_too_long", ndjsonMessages["ndjson.line_too_long"], {
      path: "",
      params: { line: state.line, maxLength: state.max, length },
      location,
    }),
  };
}

function split(state: Splitter, input: string, emit: Emit): void {
  let text = input;
  if (!state.started) {
    if (text.length === 0) return;
    state.started = true;
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  }
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    if (newline === -1) {
      if (state.skipping) state.skipped += text.length - start;
      else if (start < text.length) {
        state.pending = state.pending === "" ? text.slice(start) : state.pending + text.slice(start);
        // a line over the cap is dropped as it arrives: a 1 GB line is never held
        if (state.pending.length > state.max) {
          state.skipping = true;
          state.skipped = state.pending.length;
          state.pending = "";
        }
      }
      return;
    }
    state.line++;
    if (state.skipping) {
      emit(tooLong(state, state.skipped + (newline - start)));
      state.skipping = false;
      state.skipped = 0;
    } else {
      let line = state.pending === "" ? text.slice(start, newline) : state.pending + text.slice(start, newline);
      state.pending = "";
      if (line.length > state.max) emit(tooLong(state, line.length));
      else {
        if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
        emit({ kind: "line", line: state.line, text: line });
      }
    }
    start = newline + 1;
  }
}

function finish(state: Splitter, emit: Emit): void {
  if (state.skipping) {
    state.line++;
    emit(tooLong(state, state.skipped));
  } else if (state.pending !== "") {
    state.line++;
    let line = state.pending;
    state.pending = "";
    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    emit({ kind: "line", line: state.line, text: line });
  }
}

/**
 * Splits NDJSON into lines in batches, one batch per chunk of the source, holding at most one line (capped at
 * `maxLineLength`) and one chunk at a time. Bytes are sniffed on the first chunk: a byte order mark picks UTF-8
 * or UTF-16; binary content (NUL bytes that are not UTF-16) gives `file.binary` and stops; bytes that are not
 * valid UTF-8 in the first chunk switch the whole stream to GB18030 (`file.encoding_detected`), later ones are
 * replaced with U+FFFD (`file.encoding_invalid`). Lines end with `\n` or `\r\n`; the last may have no break.
 * The batches are what {@link readNdjsonLines} yields one by one; use them when the per-item cost of an async
 * iterator matters (millions of lines).
 *
 * @param source - chunks of bytes or of text
 * @param options - the line length cap and the file's name
 * @returns the lines and issues, a batch per chunk
 * @example
 * ```ts
 * for await (const batch of readNdjsonLineBatches(createReadStream("members.ndjson"))) {
 *   for (const item of batch) if (item.kind === "line") handle(item.line, item.text);
 * }
 * ```
 * @category NDJSON
 */
export async function* readNdjsonLineBatches(
  source: NdjsonSource,
  options: NdjsonLineOptions = {},
): AsyncGenerator<NdjsonLine[], void, undefined> {
  const location: IssueLocation | undefined = options.file !== undefined ? { file: options.file } : undefined;
  const state: Splitter = {
    pending: "",
    skipping: false,
    skipped: 0,
    line: 0,
    started: false,
    max: Math.max(1, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH),
    location,
  };
  const fileIssue = (code: keyof typeof fileMessages, params: Record<string, unknown>, line?: number): NdjsonLine => ({
    kind: "issue",
    issue: createIssue(code, fileMessages[code], {
      path: "",
      params,
      ...(location || line !== undefined ? { location: { ...location, ...(line !== undefined ? { line } : {}) } } : {}),
    }),
  });
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let encoding: TextEncodingName | undefined;
  let lenient = false;
  for await (const chunk of source) {
    const batch: NdjsonLine[] = [];
    const emit: Emit = (item) => batch.push(item);
    let text: string;
    if (typeof chunk === "string") text = chunk;
    else {
      if (chunk.length === 0) continue;
      if (!decoder) {
        const mark = detectByteOrderMark(chunk);
        if (mark) encoding = mark.encoding;
        else {
          const sniffed = sniffBytes(chunk.subarray(0, SNIFF_BYTES));
          if (sniffed === "binary") {
            yield [fileIssue("file.binary", { sniffed: Math.min(chunk.length, SNIFF_BYTES) })];
            return;
          }
          encoding = sniffed === "text" ? "utf-8" : sniffed;
        }
        if (encoding === "utf-16le" || encoding === "utf-16be") emit(fileIssue("file.encoding_detected", { encoding: encoding.toUpperCase() }));
        decoder = new TextDecoder(encoding === "utf-8-bom" ? "utf-8" : encoding, { fatal: true });
        options.onEncoding?.(encoding);
      }
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        if (!state.started && encoding === "utf-8") {
          // not UTF-8 from the start: the Chinese legacy encoding, a superset of GBK
          encoding = "gb18030";
          decoder = new TextDecoder("gb18030");
          emit(fileIssue("file.encoding_detected", { encoding: "GB18030" }));
          options.onEncoding?.(encoding);
        } else {
          if (!lenient) emit(fileIssue("file.encoding_invalid", { encoding: (encoding ?? "utf-8").toUpperCase() }, state.line + 1));
          decoder = new TextDecoder(encoding === "utf-8-bom" || encoding === undefined ? "utf-8" : encoding);
        }
        lenient = true;
        text = decoder.decode(chunk, { stream: true });
      }
    }
    split(state, text, emit);
    if (batch.length > 0) yield batch;
  }
  const batch: NdjsonLine[] = [];
  const emit: Emit = (item) => batch.push(item);
  if (decoder) split(state, decoder.decode(), emit);
  finish(state, emit);
  if (batch.length > 0) yield batch;
}

/**
 * Splits NDJSON into lines, streaming: see {@link readNdjsonLineBatches} for encodings, binary content and the
 * line length cap (a longer line is skipped up to the next line break and reported as `ndjson.line_too_long`
 * with its line number, never held in memory whole).
 *
 * @param source - chunks of bytes or of text, e.g. `fs.createReadStream(path)`
 * @param options - the line length cap and the file's name
 * @returns the lines and issues, in order
 * @example
 * ```ts
 * for await (const item of readNdjsonLines(createReadStream("members.ndjson"), { maxLineLength: 1 << 20 })) {
 *   if (item.kind === "line") console.log(item.line, item.text.length);
 *   else console.error(item.issue.message.en);
 * }
 * ```
 * @category NDJSON
 */
export async function* readNdjsonLines(
  source: NdjsonSource,
  options: NdjsonLineOptions = {},
): AsyncGenerator<NdjsonLine, void, undefined> {
  for await (const batch of readNdjsonLineBatches(source, options)) yield* batch;
}
