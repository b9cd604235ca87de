import { createIssue, type Issue, type IssueLocation } from "@dangjian/core";
import { fileMessages } from "../encoding/messages.js";
import { detectByteOrderMark, sniffBytes, SNIFF_BYTES, type TextEncodingName } from "../encoding/decode-text.js";
import { ndjsonMessages } from "./messages.js";
import type { NdjsonLineOptions, NdjsonSource } from "./read-lines.js";

// The decoding and splitting behind readNdjsonLineBatches and validateNdjson, handing each line to a callback:
// no object per line and no async step per batch, which count at millions of lines.

/**
 * The longest line, in characters (UTF-16 code units), the NDJSON reader holds by default: 16 Mi.
 *
 * @category NDJSON
 */
export const DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;

// decoded a slice at a time: the text of a chunk is then small young strings the scavenger frees, not one large
// string that waits for a full collection (a 1 MB chunk of Chinese text makes a 2 MB string); measured faster too
const DECODE_SLICE = 1 << 15;

/**
 * Where a line reader sends what it reads, in order.
 *
 * @internal
 */
export interface NdjsonLineSink {
  /** A line's text, without its `\r\n` or `\n` (and, on the first line, without a byte order mark), and its number from 1. */
  readonly line: (text: string, line: number) => void;
  /** An issue about the bytes or a line: a line too long (skipped), binary content, an encoding found or invalid. */
  readonly issue: (issue: Issue) => void;
}

interface Splitter {
  pending: string;
  skipping: boolean;
  skipped: number;
  line: number;
  started: boolean;
  readonly max: number;
  readonly location: IssueLocation | undefined;
  readonly sink: NdjsonLineSink;
}

function tooLong(state: Splitter, length: number): void {
  state.sink.issue(
    createIssue("ndjson.line_too_long", ndjsonMessages["ndjson.line_too_long"], {
      path: "",
      params: { line: state.line, maxLength: state.max, length },
      location: { ...state.location, line: state.line },
    }),
  );
}

function emitLine(state: Splitter, line: string): void {
  state.sink.line(line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, state.line);
}

function split(state: Splitter, input: string): void {
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
      tooLong(state, state.skipped + (newline - start));
      state.skipping = false;
      state.skipped = 0;
    } else if (state.pending === "") {
      if (newline - start > state.max) tooLong(state, newline - start);
      else emitLine(state, text.slice(start, newline));
    } else {
      const line = state.pending + text.slice(start, newline);
      state.pending = "";
      if (line.length > state.max) tooLong(state, line.length);
      else emitLine(state, line);
    }
    start = newline + 1;
  }
}

function finish(state: Splitter): void {
  if (state.skipping) {
    state.line++;
    tooLong(state, state.skipped);
  } else if (state.pending !== "") {
    state.line++;
    const line = state.pending;
    state.pending = "";
    emitLine(state, line);
  }
}

// the chunk's text, a slice at a time; undefined when the decoder rejects a byte (nothing is split then)
function decodeSlices(decoder: InstanceType<typeof TextDecoder>, chunk: Uint8Array): string[] | undefined {
  const texts: string[] = [];
  try {
    for (let at = 0; at < chunk.length; at += DECODE_SLICE) texts.push(decoder.decode(chunk.subarray(at, at + DECODE_SLICE), { stream: true }));
  } catch {
    return undefined;
  }
  return texts;
}

/**
 * A line reader: chunks of bytes or text in, lines and issues out to its sink as they are found.
 *
 * @internal
 */
export interface NdjsonLineReader {
  /** Reads the next chunk; false when reading must stop (binary content). */
  readonly push: (chunk: Uint8Array | string) => boolean;
  /** Ends the stream: what the decoder still holds and a last line without a line break. */
  readonly end: () => void;
}

/**
 * A line reader for NDJSON; see `readNdjsonLineBatches` for encodings, binary content and the line length cap.
 *
 * @param options - the line length cap, the file's name and who to tell the encoding
 * @param sink - where the lines and issues go
 * @returns the reader
 * @internal
 */
export function createNdjsonLineReader(options: NdjsonLineOptions, sink: NdjsonLineSink): NdjsonLineReader {
  const location: IssueLocation | undefined = options.file !== undefined ? { file: options.file } : undefined;
  const state: Splitter = {
    pending: "",
    skipping: false,
    skipped: 0,
    line: 0,
    started: false,
    max: Math.max(1, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH),
    location,
    sink,
  };
  const fileIssue = (code: keyof typeof fileMessages, params: Record<string, unknown>, line?: number): void =>
    sink.issue(
      createIssue(code, fileMessages[code], {
        path: "",
        params,
        ...(location || line !== undefined ? { location: { ...location, ...(line !== undefined ? { line } : {}) } } : {}),
      }),
    );
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let encoding: TextEncodingName | undefined;
  let lenient = false;
  const push = (chunk: Uint8Array | string): boolean => {
    if (typeof chunk === "string") {
      split(state, chunk);
      return true;
    }
    if (chunk.length === 0) return true;
    if (!decoder) {
      const mark = detectByteOrderMark(chunk);
      if (mark) encoding = mark.encoding;
      else {
        const sniffed = sniffBytes(chunk.subarray(0, SNIFF_BYTES));
        if (sniffed === "binary") {
          fileIssue("file.binary", { sniffed: Math.min(chunk.length, SNIFF_BYTES) });
          return false;
        }
        encoding = sniffed === "text" ? "utf-8" : sniffed;
      }
      if (encoding === "utf-16le" || encoding === "utf-16be") fileIssue("file.encoding_detected", { encoding: encoding.toUpperCase() });
      decoder = new TextDecoder(encoding === "utf-8-bom" ? "utf-8" : encoding, { fatal: true });
      options.onEncoding?.(encoding);
    }
    // the whole chunk is decoded before any of it is split, so a bad byte is judged per chunk, as it always was
    const texts = lenient ? undefined : decodeSlices(decoder, chunk);
    if (texts) {
      for (const text of texts) split(state, text);
      return true;
    }
    if (!lenient) {
      if (!state.started && encoding === "utf-8") {
        // not UTF-8 from the start: the Chinese legacy encoding, a superset of GBK
        encoding = "gb18030";
        decoder = new TextDecoder("gb18030");
        fileIssue("file.encoding_detected", { encoding: "GB18030" });
        options.onEncoding?.(encoding);
      } else {
        fileIssue("file.encoding_invalid", { encoding: (encoding ?? "utf-8").toUpperCase() }, state.line + 1);
        decoder = new TextDecoder(encoding === "utf-8-bom" || encoding === undefined ? "utf-8" : encoding);
      }
      lenient = true;
    }
    split(state, decoder.decode(chunk, { stream: true }));
    return true;
  };
  const end = (): void => {
    if (decoder) {
      try {
        split(state, decoder.decode());
      } catch {
        // the bytes end inside a character: replaced, as a lenient decoder does
        fileIssue("file.encoding_invalid", { encoding: (encoding ?? "utf-8").toUpperCase() }, state.line + 1);
        split(state, "\uFFFD");
      }
    }
    finish(state);
  };
  return { push, end };
}

/**
 * Reads a whole NDJSON source through a line reader, stopping early at binary content.
 *
 * @param source - chunks of bytes or of text
 * @param options - the line length cap, the file's name and who to tell the encoding
 * @param sink - where the lines and issues go
 * @internal
 */
export async function forEachNdjsonLine(source: NdjsonSource, options: NdjsonLineOptions, sink: NdjsonLineSink): Promise<void> {
  const reader = createNdjsonLineReader(options, sink);
  for await (const chunk of source) if (!reader.push(chunk)) return;
  reader.end();
}
