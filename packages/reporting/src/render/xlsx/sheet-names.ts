// Excel refuses these in a sheet name; an apostrophe may not start or end one; "History" is its own.
const FORBIDDEN = /[[\]:*?/\\\u0000-\u001F\u007F]+/g;
const MAX_LENGTH = 31;
const RESERVED = "HISTORY";

/** Cuts a name to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(name: string, max: number): string {
  let result = "";
  for (const character of name) {
    if (result.length + character.length > max) break;
    result += character;
  }
  return result.trimEnd();
}

function clean(name: string): string {
  return name.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "").trim();
}

/**
 * Makes worksheet names Excel accepts from wanted names (table titles): the characters `[]:*?/\` and control
 * characters become spaces, apostrophes at either end go, at most 31 characters, never `History`, and unique
 * ignoring case (a repeated name gets ` (2)`, ` (3)`, shortened to fit). An empty name falls back to its
 * fallback (the table's id), then to `Sheet`.
 *
 * @param wanted - the wanted names with their fallbacks, in order
 * @param taken - names already used in the workbook
 * @returns one valid, unique name per wanted name
 * @internal
 */
export function makeSheetNames(wanted: readonly { readonly name: string; readonly fallback: string }[], taken: readonly string[] = []): string[] {
  const used = new Set(taken.map((name) => name.toUpperCase()));
  return wanted.map(({ name, fallback }) => {
    const base = cut(clean(name), MAX_LENGTH) || cut(clean(fallback), MAX_LENGTH) || "Sheet";
    let candidate = base;
    for (let n = 2; used.has(candidate.toUpperCase()) || candidate.toUpperCase() === RESERVED; n++) {
      const suffix = ` (${n})`;
      candidate = cut(base, MAX_LENGTH - suffix.length) + suffix;
    }
    used.add(candidate.toUpperCase());
    return candidate;
  });
}
