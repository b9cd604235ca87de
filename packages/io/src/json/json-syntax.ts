/**
 * Where a JSON text stops being valid: the offset of the first character `JSON.parse` cannot take, and its
 * line and column, both counted from 1 (columns in UTF-16 code units, as editors on the web count them).
 *
 * @category JSON
 */
export interface JsonSyntaxPosition {
  /** The offset in the text, counted from 0; the text's length when the text ends too early. */
  readonly offset: number;
  /** The line, counted from 1. */
  readonly line: number;
  /** The column, counted from 1. */
  readonly column: number;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  return i;
}

// returns the offset after the string, or -(offset of the fault) - 1
function scanString(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) return -(i + 1) - 1;
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -(i + 2) - 1;
        i += 6;
      } else if ('"\\/bfnrt'.includes(next)) i += 2;
      else return -(i + 1) - 1;
    } else i++;
  }
  return -text.length - 1;
}

function scanNumber(text: string, at: number): number {
  const digit = (i: number): boolean => text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39;
  const digits = (from: number): number => {
    if (!digit(from)) return -(Math.min(from, text.length)) - 1;
    let i = from;
    while (digit(i)) i++;
    return i;
  };
  let i = at;
  if (text[i] === "-") i++;
  if (text[i] === "0") i++;
  else {
    i = digits(i);
    if (i < 0) return i;
  }
  if (text[i] === ".") {
    i = digits(i + 1);
    if (i < 0) return i;
  }
  if (text[i] === "e" || text[i] === "E") {
    i++;
    if (text[i] === "+" || text[i] === "-") i++;
    i = digits(i);
  }
  return i;
}

function scanLiteral(text: string, at: number): number {
  const word = text[at] === "t" ? "true" : text[at] === "f" ? "false" : "null";
  for (let k = 0; k < word.length; k++) {
    if (at + k >= text.length) return -text.length - 1;
    if (text[at + k] !== word[k]) return -(at + k) - 1;
  }
  return at + word.length;
}

/**
 * The offset of the first fault in a JSON text, found by a small scanner that follows the JSON grammar: used
 * when the engine's `SyntaxError` does not say where (V8 omits the position for an unexpected token).
 *
 * @param text - the JSON text
 * @returns the offset of the first fault, the text's length when it ends too early, or -1 when it is valid
 * @example
 * ```ts
 * findJsonFault('{"a": tru}'); // 6
 * ```
 * @category JSON
 */
export function findJsonFault(text: string): number {
  // each open container: "{" expects a key next, ":" a value after a key, "," something after a comma
  const stack: ("object" | "array")[] = [];
  let i = skipSpace(text, 0);
  let expectValue = true;
  for (;;) {
    if (expectValue) {
      if (i >= text.length) return text.length;
      const c = text[i]!;
      if (c === "{" || c === "[") {
        stack.push(c === "{" ? "object" : "array");
        i = skipSpace(text, i + 1);
        const close = c === "{" ? "}" : "]";
        if (text[i] === close) {
          stack.pop();
          i++;
          expectValue = false;
          continue;
        }
        if (c === "{") {
          if (text[i] !== '"') return i >= text.length ? text.length : i;
          const end = scanString(text, i);
          if (end < 0) return -end - 1;
          i = skipSpace(text, end);
          if (text[i] !== ":") return i >= text.length ? text.length : i;
          i = skipSpace(text, i + 1);
        }
        continue;
      }
      let end: number;
      if (c === '"') end = scanString(text, i);
      else if (c === "-" || (c >= "0" && c <= "9")) end = scanNumber(text, i);
      else if (c === "t" || c === "f" || c === "n") end = scanLiteral(text, i);
      else return i;
      if (end < 0) return -end - 1;
      i = end;
      expectValue = false;
      continue;
    }
    i = skipSpace(text, i);
    const top = stack[stack.length - 1];
    if (top === undefined) return i < text.length ? i : -1;
    if (i >= text.length) return text.length;
    const c = text[i]!;
    if (c === ",") {
      i = skipSpace(text, i + 1);
      if (top === "object") {
        if (text[i] !== '"') return i >= text.length ? text.length : i;
        const end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = skipSpace(text, end);
        if (text[i] !== ":") return i >= text.length ? text.length : i;
        i = skipSpace(text, i + 1);
      }
      expectValue = true;
      continue;
    }
    if ((c === "}" && top === "object") || (c === "]" && top === "array")) {
      stack.pop();
      i++;
      continue;
    }
    return i;
  }
}

/**
 * The line and column of an offset in a text.
 *
 * @param text - the text
 * @param offset - the offset, counted from 0
 * @returns the position, line and column counted from 1
 * @example
 * ```ts
 * positionAt("{\n  x\n}", 4); // { offset: 4, line: 2, column: 3 }
 * ```
 * @category JSON
 */
export function positionAt(text: string, offset: number): JsonSyntaxPosition {
  const at = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { offset: at, line, column: at - lineStart + 1 };
}

/**
 * Where `JSON.parse` failed on a text: the position its `SyntaxError` names ("at position N"), or, when the
 * message names none, the fault {@link findJsonFault} finds.
 *
 * @param text - the text given to `JSON.parse`
 * @param error - what `JSON.parse` threw
 * @returns the offset, line and column of the fault
 * @example
 * ```ts
 * try { JSON.parse(text); } catch (error) { const { line, column } = locateJsonSyntaxError(text, error); }
 * ```
 * @category JSON
 */
export function locateJsonSyntaxError(text: string, error: unknown): JsonSyntaxPosition {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (position) return positionAt(text, Number(position[1]));
  if (/Unexpected end of JSON input/.test(message)) return positionAt(text, text.length);
  const fault = findJsonFault(text);
  return positionAt(text, fault < 0 ? 0 : fault);
}

/**
 * A short English description of a `JSON.parse` failure, without the engine's quotation of the whole text.
 *
 * @param error - what `JSON.parse` threw
 * @returns the description
 * @internal
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /^(Unexpected token '.*?'), ".*" is not valid JSON$/s.exec(message);
  const text = quoted ? quoted[1]! : message.replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?$/, "");
  return text.length > 120 ? text.slice(0, 117) + "…" : text;
}
