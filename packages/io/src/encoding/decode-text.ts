import { createIssue, type Issue, type IssueLocation } from "@dangjian/core";
import { fileMessages as messages } from "./messages.js";

/**
 * The text encodings {@link decodeText} recognizes: UTF-8 with or without a byte order mark, UTF-16 in either
 * byte order, and GB18030 (a superset of GBK, what Chinese Excel and many Chinese systems write).
 *
 * @category Encoding
 */
export type TextEncodingName = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "gb18030";

/**
 * How many bytes from the start are looked at to tell text from binary.
 *
 * @category Encoding
 */
export const SNIFF_BYTES = 8192;

/**
 * Options of {@link decodeText}.
 *
 * @category Encoding
 */
export interface DecodeTextOptions {
  /** The file's name or path, put on every issue's location. */
  readonly file?: string;
}

/**
 * The result of {@link decodeText}.
 *
 * @category Encoding
 */
export interface DecodedText {
  /** False when the bytes are empty or binary: `text` is then `""` and `issues` says why. */
  readonly ok: boolean;
  /** The text, without its byte order mark. */
  readonly text: string;
  /** The encoding the bytes were read in (`utf-8` for an empty or binary file). */
  readonly encoding: TextEncodingName;
  /** `file.empty` or `file.binary` (errors), `file.encoding_detected` (info) for UTF-16 and GB18030, `file.encoding_invalid`. */
  readonly issues: readonly Issue[];
}

/**
 * A byte order mark found at the start of a file.
 *
 * @category Encoding
 */
export interface ByteOrderMark {
  /** The encoding it announces. */
  readonly encoding: TextEncodingName;
  /** Its length in bytes. */
  readonly length: number;
}

/**
 * The encoding a byte order mark at the start of the bytes announces, and the mark's length.
 *
 * @param bytes - the first bytes of a file (at least 3 when there are)
 * @returns the encoding and the number of bytes of the mark, or undefined without a mark
 * @example
 * ```ts
 * detectByteOrderMark(Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b])); // { encoding: "utf-8-bom", length: 3 }
 * ```
 * @category Encoding
 */
export function detectByteOrderMark(bytes: Uint8Array): ByteOrderMark | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8-bom", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/**
 * Tells text from binary by the first {@link SNIFF_BYTES} bytes: NUL bytes that are not the high bytes of
 * UTF-16 text without a mark, or many control bytes, mean binary. UTF-16 without a mark is recognized when
 * NUL bytes sit only at even (big-endian) or only at odd (little-endian) offsets.
 *
 * @param bytes - the first bytes of a file
 * @returns `binary`, `utf-16le` or `utf-16be` for unmarked UTF-16, or `text`
 * @example
 * ```ts
 * sniffBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])); // "binary" (a zip file)
 * ```
 * @category Encoding
 */
export function sniffBytes(bytes: Uint8Array): "text" | "binary" | "utf-16le" | "utf-16be" {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i]!;
    if (byte === 0) {
      if ((i & 1) === 0) evenNul++;
      else oddNul++;
    } else if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  if (evenNul === 0 && oddNul === 0) return control > end / 10 ? "binary" : "text";
  // ASCII-heavy UTF-16 has a NUL in about every other byte, always on the same side
  const pairs = end >> 1;
  if (oddNul === 0 && evenNul >= pairs / 4 && control === 0) return "utf-16be";
  if (evenNul === 0 && oddNul >= pairs / 4 && control === 0) return "utf-16le";
  return "binary";
}

function decoderLabel(encoding: TextEncodingName): string {
  return encoding === "utf-8-bom" ? "utf-8" : encoding;
}

function strictDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text file's bytes and says which encoding they were in: a byte order mark first (UTF-8, UTF-16LE,
 * UTF-16BE), else UTF-8 when the bytes are valid UTF-8, else GB18030 (a superset of GBK, which Chinese Excel
 * writes). Never throws: an empty file (or one of white space only) gives `file.empty`, a binary one
 * `file.binary`, both with `ok: false`.
 *
 * @param bytes - the file's bytes
 * @param options - the file's name, for the issues' location
 * @returns the text without its byte order mark, the encoding, and the issues
 * @example
 * ```ts
 * decodeText(Uint8Array.from([0xb5, 0xb3, 0xd6, 0xa7, 0xb2, 0xbf])); // { ok: true, text: "党支部", encoding: "gb18030", … }
 * ```
 * @category Encoding
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  const location: IssueLocation | undefined = options.file !== undefined ? { file: options.file } : undefined;
  const issue = (code: keyof typeof messages, params: Record<string, unknown> = {}): Issue =>
    createIssue(code, messages[code], { path: "", params, ...(location ? { location } : {}) });
  const refuse = (code: "file.empty" | "file.binary", params: Record<string, unknown> = {}): DecodedText => ({
    ok: false,
    text: "",
    encoding: "utf-8",
    issues: [issue(code, params)],
  });

  const mark = detectByteOrderMark(bytes);
  let encoding: TextEncodingName;
  let body = bytes;
  if (mark) {
    encoding = mark.encoding;
    body = bytes.subarray(mark.length);
  } else {
    const sniffed = sniffBytes(bytes);
    if (sniffed === "binary") return refuse("file.binary", { sniffed: Math.min(bytes.length, SNIFF_BYTES) });
    encoding = sniffed === "text" ? "utf-8" : sniffed;
  }
  const issues: Issue[] = [];
  let text: string;
  if (encoding === "utf-8") {
    const strict = strictDecode(body, "utf-8");
    if (strict !== undefined) text = strict;
    else {
      encoding = "gb18030";
      text = decodeLoosely(body, encoding, issues, issue);
    }
  } else text = decodeLoosely(body, encoding, issues, issue);
  if (encoding === "gb18030" || encoding === "utf-16le" || encoding === "utf-16be") {
    issues.unshift(issue("file.encoding_detected", { encoding: encoding.toUpperCase() }));
  }
  if (text.trim() === "") return refuse("file.empty");
  return { ok: true, text, encoding, issues };
}

function decodeLoosely(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  issues: Issue[],
  issue: (code: "file.encoding_invalid", params: Record<string, unknown>) => Issue,
): string {
  const label = decoderLabel(encoding);
  const strict = strictDecode(bytes, label);
  if (strict !== undefined) return strict;
  issues.push(issue("file.encoding_invalid", { encoding: encoding.toUpperCase() }));
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}
