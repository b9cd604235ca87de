import type { Issue } from "@dangjian/core";
import type { TextEncodingName } from "../encoding/decode-text.js";
import { createNdjsonLineReader } from "./line-reader.js";

export { DEFAULT_MAX_LINE_LENGTH } from "./line-reader.js";

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
  let batch: NdjsonLine[] = [];
  const reader = createNdjsonLineReader(options, {
    line: (text, line) => batch.push({ kind: "line", line, text }),
    issue: (issue) => batch.push({ kind: "issue", issue }),
  });
  for await (const chunk of source) {
    const more = reader.push(chunk);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
    if (!more) return;
  }
  reader.end();
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
