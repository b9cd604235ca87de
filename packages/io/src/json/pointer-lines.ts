/**
 * Escapes one segment of a JSON pointer.
 *
 * @param segment - a key or index
 * @returns the escaped segment
 */
function escapeSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * The lines on which the values at some JSON pointers start in a valid JSON text, found by one scan without
 * building values. Only pointers down to `maxDepth` segments are looked for; deeper values are skipped as text.
 * JSON strings hold no raw line breaks, so lines are counted in the white space between tokens.
 *
 * @param text - a text `JSON.parse` accepts
 * @param pointers - the pointers wanted (`/organizations/3`, `/organizations/3/parentId`)
 * @param maxDepth - the deepest pointer looked for, 3 by default
 * @returns the line, counted from 1, of each pointer found
 * @example
 * ```ts
 * linesOfPointers('{\n "regions": [\n  {"id": "r"}\n ]\n}', new Set(["/regions/0"])); // Map { "/regions/0" => 3 }
 * ```
 * @category JSON
 */
export function linesOfPointers(text: string, pointers: ReadonlySet<string>, maxDepth = 3): Map<string, number> {
  const found = new Map<string, number>();
  let i = 0;
  let line = 1;
  const space = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      i++;
    }
  };
  const stringEnd = (at: number): number => {
    let j = at + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c === 0x5c) j += 2;
      else if (Number.isNaN(c)) return text.length;
      else j++;
    }
  };
  // a value below the depth looked for: skip brackets and strings, counting lines
  const skip = (): void => {
    let depth = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) return;
      if (c === 0x22) {
        i = stringEnd(i);
        if (depth === 0) return;
        continue;
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (depth === 0) return;
        depth--;
        if (depth === 0) {
          i++;
          return;
        }
      } else if (c === 0x0a) line++;
      else if (depth === 0 && (c === 0x2c || c === 0x20 || c === 0x09 || c === 0x0d)) return;
      i++;
    }
  };
  const walk = (path: string, depth: number): void => {
    space();
    if (pointers.has(path)) found.set(path, line);
    if (depth >= maxDepth) {
      skip();
      return;
    }
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      const object = c === 0x7b;
      i++;
      space();
      if (text.charCodeAt(i) === (object ? 0x7d : 0x5d)) {
        i++;
        return;
      }
      for (let index = 0; ; index++) {
        space();
        let segment = String(index);
        if (object) {
          const end = stringEnd(i);
          segment = JSON.parse(text.slice(i, end)) as string;
          i = end;
          space();
          i++; // the colon
        }
        walk(`${path}/${escapeSegment(segment)}`, depth + 1);
        space();
        if (text.charCodeAt(i) === 0x2c) i++;
        else {
          i++;
          return;
        }
      }
    }
    skip();
  };
  try {
    walk("", 0);
  } catch {
    // a text JSON.parse took always scans; should one not, the lines found so far are still right
  }
  return found;
}
