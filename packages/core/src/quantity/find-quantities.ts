import { DangjianError } from "../error/dangjian-error.js";
import type { Quantity } from "./quantity.js";
import { parseQuantity, QUANTITY_PREFIX_WORDS, type ParseQuantityOptions } from "./parse-quantity.js";

/**
 * Options of {@link findQuantities}.
 *
 * @category Quantities
 */
export interface FindQuantitiesOptions {
  /** How many characters of the text around a figure go into `before` and `after`; 12 when omitted. */
  readonly context?: number;
  /** How far 近, 约 and 左右 reach from the figure, passed to {@link parseQuantity}; 0.1 (10%) when omitted. */
  readonly tolerance?: number;
}

/**
 * A figure found in a free text by {@link findQuantities}: where it is, what it means and the words around it.
 *
 * @example
 * ```ts
 * const [found] = findQuantities("抽调12名精干力量。");
 * // { text: "12名", start: 2, end: 5, quantity: { min: 12, max: 12, unit: "名", … }, before: "抽调", after: "精干力量" }
 * ```
 * @category Quantities
 */
export interface FoundQuantity {
  /** The figure exactly as written in the text ("400余名"). */
  readonly text: string;
  /** Where the figure starts in the text, in UTF-16 code units. */
  readonly start: number;
  /** Where the figure ends (exclusive), so that `input.slice(start, end)` is `text`. */
  readonly end: number;
  /** What the figure means, as {@link parseQuantity} reads `text`. */
  readonly quantity: Quantity;
  /** Up to `context` characters right before the figure, never reaching back past a line break or 。！？；. */
  readonly before: string;
  /** Up to `context` characters right after the figure, never reaching past a line break or 。！？；. */
  readonly after: string;
}

const MAX_LENGTH = 24;
const DEFAULT_CONTEXT = 12;
const BREAKS = "\n\r\u2028\u2029。！？；";
const DECIMAL_POINTS = ".．点";
const ARABIC_DIGIT = /[0-9０-９]/;

function isBreak(char: string | undefined): boolean {
  return char !== undefined && BREAKS.includes(char);
}

/** Whether a cut at `at` would leave half of a surrogate pair on each side. */
function splitsPair(text: string, at: number): boolean {
  const high = text.charCodeAt(at - 1);
  const low = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function contextBefore(text: string, start: number, context: number): string {
  let from = start;
  while (from > 0 && start - from < context && !isBreak(text[from - 1])) from -= 1;
  if (from < start && splitsPair(text, from)) from += 1;
  return text.slice(from, start);
}

function contextAfter(text: string, end: number, context: number): string {
  let to = end;
  while (to < text.length && to - end < context && !isBreak(text[to])) to += 1;
  if (to > end && splitsPair(text, to)) to -= 1;
  return text.slice(end, to);
}

/**
 * Finds every loose quantity in a free Chinese text (a news report, a summary), with where it is and the
 * words around it, so an integrator can lift the figures out of a report and check them.
 *
 * The grammar is {@link parseQuantity}'s: a figure may begin at an Arabic digit (also full-width), a Chinese
 * numeral (一 … 十 百 千 万 亿, 两 〇 零 and the financial forms) or a word parseQuantity reads before a figure
 * ({@link QUANTITY_PREFIX_WORDS}: 近, 约, 超过, 不少于 …), never in the middle of a number; there the longest
 * text of at most 24 characters that parseQuantity accepts is the figure ("20万元以上", "近1万名", "400余名"),
 * within one sentence. Figures in Arabic digits are returned even without a unit ("3" of "3号党旗", "2022"
 * of a date), for the caller to dismiss; figures in Chinese numerals only with a unit ("一名", "七类"), since
 * a bare 一 or 三 is mostly a word (第一书记, 一线, 三治). Found figures never overlap.
 *
 * @param text - the text to search
 * @param options - `context` (characters of `before`/`after`, default 12), `tolerance` for parseQuantity
 * @returns the figures in text order, each frozen
 * @throws DangjianError `invalid_argument` when text is not a string, the context is not a non-negative
 *   integer, or the tolerance is not in (0, 1)
 * @example
 * ```ts
 * findQuantities("设定党员先锋岗52个，400余名第一书记参与。").map((found) => found.text); // ["52个", "400余名"]
 * findQuantities("400余名第一书记")[0]?.quantity.max; // 500 (exclusive)
 * ```
 * @category Quantities
 */
export function findQuantities(text: string, options: FindQuantitiesOptions = {}): FoundQuantity[] {
  if (typeof text !== "string") {
    throw new DangjianError("invalid_argument", `findQuantities needs a string, received ${typeof text}`);
  }
  const context = options.context ?? DEFAULT_CONTEXT;
  if (typeof context !== "number" || !Number.isInteger(context) || context < 0) {
    throw new DangjianError("invalid_argument", `the context must be a non-negative integer, received ${String(context)}`);
  }
  const parseOptions: ParseQuantityOptions = options.tolerance === undefined ? {} : { tolerance: options.tolerance };
  // parse once up front so a bad tolerance throws even for a text without a single figure
  parseQuantity("0", parseOptions);

  const numerals = new Map<string, boolean>();
  // a numeral is whatever parseQuantity reads as a number on its own, so the grammar stays in one place
  const isNumeral = (char: string | undefined): boolean => {
    if (char === undefined) return false;
    let numeral = numerals.get(char);
    if (numeral === undefined) {
      numeral = parseQuantity(char).ok;
      numerals.set(char, numeral);
    }
    return numeral;
  };
  const prefixInitials = new Set(QUANTITY_PREFIX_WORDS.map((word) => word[0]));

  /** Whether the number written just before `index` reads on into it ("00" of "400", "二千" of "一万二千", "5" of "1.5"). */
  const continuesNumber = (index: number): boolean => {
    const previous = text[index - 1];
    if (isNumeral(previous)) return parseQuantity(text.slice(index - 1, index + 1)).ok;
    if (previous !== undefined && DECIMAL_POINTS.includes(previous) && isNumeral(text[index - 2])) {
      return parseQuantity(text.slice(index - 2, index + 1)).ok;
    }
    return false;
  };

  const startsFigure = (index: number): boolean => {
    const char = text[index] ?? "";
    if (isNumeral(char)) return !continuesNumber(index);
    return prefixInitials.has(char) && QUANTITY_PREFIX_WORDS.some((word) => text.startsWith(word, index));
  };

  const longestAt = (start: number): { end: number; quantity: Quantity } | null => {
    let limit = start;
    while (limit < text.length && limit - start < MAX_LENGTH && !isBreak(text[limit])) limit += 1;
    for (let end = limit; end > start; end -= 1) {
      // parseQuantity trims, so a candidate ending in a space would claim text that is not the figure
      if (/\s/.test(text[end - 1] ?? "")) continue;
      const result = parseQuantity(text.slice(start, end), parseOptions);
      if (result.ok) return { end, quantity: result.value };
    }
    return null;
  };

  const found: FoundQuantity[] = [];
  let index = 0;
  while (index < text.length) {
    const match = startsFigure(index) ? longestAt(index) : null;
    const figure = match === null ? "" : text.slice(index, match.end);
    if (match === null || (match.quantity.unit === null && !ARABIC_DIGIT.test(figure))) {
      index += 1;
      continue;
    }
    found.push(
      Object.freeze({
        text: figure,
        start: index,
        end: match.end,
        quantity: match.quantity,
        before: contextBefore(text, index, context),
        after: contextAfter(text, match.end, context),
      }),
    );
    index = match.end;
  }
  return found;
}
