import { DangjianError } from "../error/dangjian-error.js";
import type { ParseResult } from "../issue/parse-result.js";
import { createIssue } from "../issue/message.js";
import type { Quantity, QuantityScale } from "./quantity.js";
import { QUANTITY_UNITS, quantityUnitInfo, quantityDimensionBaseUnits, type QuantityUnit } from "./quantity-unit.js";
import { quantityQualifierForms, type QuantityQualifier } from "./quantity-qualifier.js";
import { quantityMessages, type QuantityIssueCode } from "./messages.js";
import { cleanNumber, decimalToNumber, normalizeDecimal, type Decimal } from "./decimal.js";
import { quantityFromBounds, type QuantityBounds } from "./from-bounds.js";

/**
 * Options of {@link parseQuantity}.
 *
 * @category Quantities
 */
export interface ParseQuantityOptions {
  /** How far 近, 约 and 左右 reach from the figure, as a fraction of it; 0.1 (10%) when omitted. */
  readonly tolerance?: number;
  /** Where the text sits in the input, put on every issue; the root (`""`) when omitted. */
  readonly path?: string | readonly PropertyKey[];
}

type Failure = { readonly code: QuantityIssueCode; readonly params: Readonly<Record<string, unknown>> };

/** A figure as written: number, 万/亿, 余/多, unit. */
interface Figure {
  /** The number before 万/亿 and the unit's multiplier, with an Arabic 百/千 applied. */
  readonly stated: Decimal;
  readonly scale: QuantityScale | null;
  readonly odd: "odd" | "more" | null;
  readonly unit: QuantityUnit | null;
  /** Whether the figure carries a multiplier a bare lower end of a range could borrow ("5至10万元"). */
  readonly outerMagnitude: boolean;
}

const SCALE_EXPONENT: Readonly<Record<QuantityScale, number>> = { 万: 4, 亿: 8 };
const MAX_DIGITS = 15;
const MIN_EXPONENT = -9;
const UNITS_LONGEST_FIRST = [...QUANTITY_UNITS].sort((a, b) => b.length - a.length);
const PREFIXES: readonly (readonly [string, "about" | "nearly"])[] = [
  ["大约", "about"],
  ["约", "about"],
  ["将近", "nearly"],
  ["接近", "nearly"],
  ["近", "nearly"],
];
const LOWER_PREFIXES: readonly (readonly [string, boolean])[] = [
  ["不少于", true],
  ["不低于", true],
  ["至少", true],
  ["多于", false],
  ["超过", false],
  ["大于", false],
  ["高于", false],
];
const UPPER_PREFIXES: readonly (readonly [string, boolean])[] = [
  ["不多于", true],
  ["不超过", true],
  ["不高于", true],
  ["至多", true],
  ["最多", true],
  ["少于", false],
  ["不足", false],
  ["不到", false],
  ["小于", false],
  ["低于", false],
];

/**
 * The words {@link parseQuantity} reads before a figure: 近 and 约 with their variants (将近, 接近, 大约), the
 * lower bounds (超过, 不少于, 至少 …) and the upper bounds (不超过, 不足, 少于 …).
 *
 * @example
 * ```ts
 * QUANTITY_PREFIX_WORDS.includes("不少于"); // true
 * ```
 * @category Quantities
 */
export const QUANTITY_PREFIX_WORDS: readonly string[] = [...PREFIXES, ...LOWER_PREFIXES, ...UPPER_PREFIXES].map(([word]) => word);
const SUFFIXES: readonly (readonly [string, "at-least" | "at-most" | "around"])[] = [
  ["以上", "at-least"],
  ["以下", "at-most"],
  ["左右", "around"],
];
const RANGE_SEPARATORS = ["至", "到", "～", "~", "—", "–", "-"];
const BOTH_BOUNDS_JOINERS = ["且", "、"];
const INDEFINITE =
  /若干|一些|有些|许多|很多|好多|大量|少量|部分|众多|无数|不少|多[个名人位家支项次户批]|数[十百千万亿]|几[十百千万亿个名人位家支项次户批]|[十百千万]几|上[百千万]|成[百千万]/;
const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const CN_SMALL: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG: Readonly<Record<string, QuantityScale>> = { 万: "万", 萬: "万", 亿: "亿", 億: "亿" };
// every character a Chinese numeral is written with, built once: the malformed path reads it per character
const CN_NUMBER_CHARACTERS: Readonly<Record<string, unknown>> = { ...CN_DIGITS, ...CN_SMALL, ...CN_BIG, 点: 0 };

function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && "code" in value;
}

/** Reads a quantity text left to right; every read either advances or leaves the position alone. */
class Reader {
  position = 0;
  constructor(readonly text: string) {}

  get rest(): string {
    return this.text.slice(this.position);
  }

  get done(): boolean {
    return this.position >= this.text.length;
  }

  skipSpace(): void {
    while (/\s/.test(this.text[this.position] ?? "")) this.position += 1;
  }

  take(word: string): boolean {
    if (!this.text.startsWith(word, this.position)) return false;
    this.position += word.length;
    return true;
  }

  takeAny<T>(table: readonly (readonly [string, T])[]): T | undefined {
    for (const [word, value] of table) if (this.take(word)) return value;
    return undefined;
  }
}

function normalize(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replaceAll("．", ".")
    .replaceAll("，", ",");
}

function readArabic(reader: Reader): Decimal | Failure | null {
  const match = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(reader.rest);
  if (!match) return null;
  const written = match[0];
  const next = reader.text[reader.position + written.length] ?? "";
  if (/[\d,.]/.test(next)) {
    const number = /^[\d,.]+/.exec(reader.rest)?.[0] ?? written;
    return { code: "quantity.malformed_number", params: { number } };
  }
  reader.position += written.length;
  const [whole = "", fraction = ""] = written.replaceAll(",", "").split(".");
  return normalizeDecimal(BigInt(whole + fraction), -fraction.length);
}

interface ChineseNumber {
  readonly value: Decimal;
  readonly scale: QuantityScale | null;
  readonly endsWithUnit: boolean;
}

function readChinese(reader: Reader): ChineseNumber | Failure | null {
  const start = reader.position;
  const text = reader.text;
  const malformed = (): Failure => {
    let end = reader.position;
    while (end < text.length && (text[end] ?? "") in CN_NUMBER_CHARACTERS) end += 1;
    return { code: "quantity.malformed_number", params: { number: text.slice(start, Math.max(end, reader.position + 1)) } };
  };
  let total = 0n;
  let section = 0n;
  let pending: bigint | null = null;
  let pendingChar = "";
  let lastSmall = Infinity;
  let lastUnit = 0n;
  let zeroSeen = false;
  let bigSeen: QuantityScale | null = null;
  let lastBig: QuantityScale | null = null;
  let endsWithUnit = false;
  for (;;) {
    const char = text[reader.position] ?? "";
    const atStart = reader.position === start;
    if (char in CN_DIGITS) {
      const digit = BigInt(CN_DIGITS[char] ?? 0);
      if (digit === 0n) {
        if (pending !== null) return malformed();
        zeroSeen = true;
      } else {
        if (pending !== null) return malformed();
        pending = digit;
        pendingChar = char;
      }
      endsWithUnit = false;
      reader.position += 1;
      continue;
    }
    if (char in CN_SMALL) {
      const unit = CN_SMALL[char] ?? 1;
      if (unit >= lastSmall) return malformed();
      // 十二, 百余人, 千余名 leave out the leading 一
      const count = pending ?? (atStart ? 1n : null);
      if (count === null) return malformed();
      section += count * BigInt(unit);
      lastSmall = unit;
      lastUnit = BigInt(unit);
      pending = null;
      zeroSeen = false;
      endsWithUnit = true;
      reader.position += 1;
      continue;
    }
    if (char in CN_BIG) {
      const big = CN_BIG[char] ?? "万";
      // 十万元 is 10 of 万元, as 10万元 is: leave 万元/亿元 to be read as the unit
      if (text[reader.position + 1] === "元" && bigSeen === null) break;
      const abbreviated = pending !== null && !zeroSeen && lastSmall !== Infinity ? pending * BigInt(lastSmall / 10) : (pending ?? 0n);
      const sectionValue = section + abbreviated;
      if (big === "万") {
        if (lastBig === "万") return malformed();
        const count = sectionValue === 0n ? (atStart ? 1n : null) : sectionValue;
        if (count === null) return malformed();
        total += count * 10_000n;
      } else {
        if (lastBig === "亿") return malformed();
        const value = total + sectionValue;
        const count = value === 0n ? (atStart ? 1n : null) : value;
        if (count === null) return malformed();
        total = count * 100_000_000n;
      }
      if (bigSeen === null || big === "亿") bigSeen = big;
      lastBig = big;
      lastUnit = big === "万" ? 10_000n : 100_000_000n;
      section = 0n;
      pending = null;
      zeroSeen = false;
      lastSmall = Infinity;
      endsWithUnit = false;
      reader.position += 1;
      continue;
    }
    if (char === "点" && reader.position > start) return readChineseFraction(reader, total + section + (pending ?? 0n), total > 0n, malformed);
    break;
  }
  if (reader.position === start) return null;
  if (pending !== null) {
    // 十两 would be ten taels; a trailing 两 after a unit is no number
    if ((pendingChar === "两" || pendingChar === "兩") && lastUnit > 0n) return malformed();
    // 一千四 is 1400 and 一万二 is 12000: a last digit after a unit counts in the next lower place
    section += !zeroSeen && lastUnit > 1n ? pending * (lastUnit / 10n) : pending;
  }
  if (zeroSeen && total === 0n && section === 0n && reader.position - start > 1) return malformed();
  const value = total + section;
  const exponent = bigSeen === null ? 0 : SCALE_EXPONENT[bigSeen];
  return { value: normalizeDecimal(value, -exponent), scale: bigSeen, endsWithUnit };
}

function readChineseFraction(
  reader: Reader,
  whole: bigint,
  afterBig: boolean,
  malformed: () => Failure,
): ChineseNumber | Failure {
  if (afterBig) return malformed();
  reader.position += 1;
  let fraction = "";
  for (;;) {
    const char = reader.text[reader.position] ?? "";
    if (!(char in CN_DIGITS) || char === "两" || char === "兩") break;
    fraction += String(CN_DIGITS[char]);
    reader.position += 1;
  }
  if (fraction === "") return malformed();
  const big = CN_BIG[reader.text[reader.position] ?? ""];
  let scale: QuantityScale | null = null;
  if (big !== undefined && reader.text[reader.position + 1] !== "元") {
    scale = big;
    reader.position += 1;
  }
  return { value: normalizeDecimal(BigInt(whole.toString() + fraction), -fraction.length), scale, endsWithUnit: false };
}

function readUnit(reader: Reader): QuantityUnit | null {
  for (const unit of UNITS_LONGEST_FIRST) if (reader.take(unit)) return unit;
  return null;
}

function readFigure(reader: Reader): Figure | Failure | null {
  const arabic = readArabic(reader);
  let stated: Decimal;
  let scale: QuantityScale | null = null;
  let outerMagnitude = false;
  let multiplied = false;
  if (arabic === null) {
    const chinese = readChinese(reader);
    if (chinese === null || isFailure(chinese)) return chinese;
    stated = chinese.value;
    scale = chinese.scale;
    outerMagnitude = chinese.endsWithUnit || chinese.scale !== null;
    // a Chinese numeral writes its own 百 and 千, so none may follow it as a multiplier
    multiplied = true;
  } else if (isFailure(arabic)) return arabic;
  else stated = arabic;
  let odd: "odd" | "more" | null = null;
  let unit: QuantityUnit | null = null;
  for (;;) {
    reader.skipSpace();
    unit = readUnit(reader);
    if (unit !== null) break;
    const char = reader.text[reader.position] ?? "";
    if (!multiplied && scale === null && odd === null && (char === "百" || char === "千")) {
      stated = normalizeDecimal(stated.digits, stated.exponent + (char === "百" ? 2 : 3));
      multiplied = true;
      outerMagnitude = true;
    } else if (scale === null && (char === "万" || char === "亿")) {
      scale = char;
      outerMagnitude = true;
    } else if (odd === null && (char === "余" || char === "多")) {
      odd = char === "余" ? "odd" : "more";
    } else break;
    multiplied = true;
    reader.position += 1;
  }
  if (unit !== null && quantityUnitInfo[unit].exponent > 0) outerMagnitude = true;
  return { stated, scale, odd, unit, outerMagnitude };
}

function baseValue(figure: Figure, unit: QuantityUnit | null = figure.unit): Decimal {
  const scale = figure.scale === null ? 0 : SCALE_EXPONENT[figure.scale];
  const exponent = unit === null ? 0 : quantityUnitInfo[unit].exponent;
  return { digits: figure.stated.digits, exponent: figure.stated.exponent + scale + exponent };
}

function outOfRange(value: Decimal): boolean {
  // zero is zero at any scale ("0亿亿元")
  if (value.digits === 0n) return false;
  const digits = value.digits.toString().length;
  return digits > MAX_DIGITS || digits + value.exponent > MAX_DIGITS || (value.digits !== 0n && value.exponent < MIN_EXPONENT);
}

/** What follows a figure that is no unit: an unknown unit when it is words, else no quantity at all. */
function afterFigure(reader: Reader, figure: Figure): Failure | null {
  reader.skipSpace();
  if (reader.done) return null;
  const rest = reader.rest;
  const structural = [...SUFFIXES.map(([word]) => word), ...RANGE_SEPARATORS, ...BOTH_BOUNDS_JOINERS];
  if (structural.some((word) => rest.startsWith(word))) return null;
  if (figure.unit !== null) return { code: "quantity.trailing_text", params: { rest } };
  if (/^\p{L}/u.test(rest) && !/\d/.test(rest)) return { code: "quantity.unknown_unit", params: { unit: rest } };
  return { code: "quantity.not_a_quantity", params: { rest } };
}

function expectEnd(reader: Reader, unit: QuantityUnit | null): Failure | null {
  reader.skipSpace();
  if (reader.done) return null;
  return { code: unit === null ? "quantity.not_a_quantity" : "quantity.trailing_text", params: { rest: reader.rest } };
}

function conflict(forms: readonly string[]): Failure {
  return { code: "quantity.qualifier_conflict", params: { qualifiers: forms.join("、") } };
}

function formOf(qualifier: Exclude<QuantityQualifier, "range">): string {
  return quantityQualifierForms[qualifier].form;
}

/** The two ends of a range in base units; a bare lower end borrows the upper end's unit. */
function rangeEnds(low: Figure, high: Figure): { low: Decimal; high: Decimal; unit: QuantityUnit | null } | Failure {
  if (low.odd !== null || high.odd !== null) return conflict([formOf(low.odd ?? high.odd ?? "odd"), "至"]);
  const highValue = baseValue(high);
  if (low.unit === null) {
    // "5至10万元" could be 5元 or 5万元: borrow a multiplier only where it cannot be misread
    const borrows = high.outerMagnitude && !(low.scale !== null && (high.unit === null || quantityUnitInfo[high.unit].exponent === 0));
    if (borrows) return { code: "quantity.range_ambiguous", params: {} };
    return { low: baseValue(low, high.unit), high: highValue, unit: high.unit };
  }
  if (high.unit === null) return { code: "quantity.range_ambiguous", params: {} };
  if (low.unit === high.unit) return { low: baseValue(low), high: highValue, unit: high.unit };
  const dimension = quantityUnitInfo[high.unit].dimension;
  if (quantityUnitInfo[low.unit].dimension !== dimension) {
    return { code: "quantity.unit_mismatch", params: { units: [low.unit, high.unit] } };
  }
  return { low: baseValue(low), high: highValue, unit: quantityDimensionBaseUnits[dimension] };
}

function fromRange(
  text: string,
  ends: { low: Decimal | null; high: Decimal | null; unit: QuantityUnit | null },
  minInclusive: boolean,
  maxInclusive: boolean,
): Quantity | Failure {
  for (const end of [ends.low, ends.high]) if (end !== null && outOfRange(end)) return { code: "quantity.out_of_range", params: {} };
  const bounds: QuantityBounds = {
    min: ends.low === null ? 0 : decimalToNumber(ends.low),
    max: ends.high === null ? null : decimalToNumber(ends.high),
    minInclusive: ends.low === null ? true : minInclusive,
    maxInclusive,
  };
  if (bounds.min !== null && bounds.max !== null && (bounds.min > bounds.max || (bounds.min === bounds.max && !(bounds.minInclusive && bounds.maxInclusive)))) {
    return { code: "quantity.bounds_inverted", params: { min: bounds.min, max: bounds.max } };
  }
  return quantityFromBounds(bounds, ends.unit, text);
}

function parseBounded(reader: Reader, text: string): Quantity | Failure | null {
  const lower = reader.takeAny(LOWER_PREFIXES);
  if (lower === undefined) {
    const upper = reader.takeAny(UPPER_PREFIXES);
    if (upper === undefined) return null;
    reader.skipSpace();
    const figure = readFigure(reader);
    if (figure === null) return { code: "quantity.not_a_quantity", params: { rest: reader.rest } };
    if (isFailure(figure)) return figure;
    if (figure.odd !== null) return conflict([formOf(figure.odd)]);
    const end = afterFigure(reader, figure) ?? expectEnd(reader, figure.unit);
    if (end !== null) return end;
    return fromRange(text, { low: null, high: baseValue(figure), unit: figure.unit }, true, upper);
  }
  reader.skipSpace();
  const low = readFigure(reader);
  if (low === null) return { code: "quantity.not_a_quantity", params: { rest: reader.rest } };
  if (isFailure(low)) return low;
  if (low.odd !== null) return conflict([formOf(low.odd)]);
  const after = afterFigure(reader, low);
  if (after !== null) return after;
  if (!BOTH_BOUNDS_JOINERS.some((joiner) => reader.take(joiner))) {
    const end = expectEnd(reader, low.unit);
    if (end !== null) return end;
    return fromRange(text, { low: baseValue(low), high: null, unit: low.unit }, lower, false);
  }
  reader.skipSpace();
  const upper = reader.takeAny(UPPER_PREFIXES);
  if (upper === undefined) return { code: "quantity.not_a_quantity", params: { rest: reader.rest } };
  reader.skipSpace();
  const high = readFigure(reader);
  if (high === null) return { code: "quantity.not_a_quantity", params: { rest: reader.rest } };
  if (isFailure(high)) return high;
  const end = afterFigure(reader, high) ?? expectEnd(reader, high.unit);
  if (end !== null) return end;
  const ends = rangeEnds(low, high);
  if (isFailure(ends)) return ends;
  return fromRange(text, ends, lower, upper);
}

function qualifiedBounds(qualifier: QuantityQualifier | null, base: Decimal, tolerance: number): QuantityBounds {
  const value = decimalToNumber(base);
  switch (qualifier) {
    case "odd":
    case "more": {
      // the next step of the last non-zero digit: 400余 → 500, 1.2万余 → 1.3万
      const step = normalizeDecimal(base.digits, base.exponent);
      return { min: value, max: decimalToNumber({ digits: step.digits + 1n, exponent: step.exponent }), minInclusive: false, maxInclusive: false };
    }
    case "nearly":
      return { min: cleanNumber(value - value * tolerance), max: value, minInclusive: true, maxInclusive: false };
    case "about":
    case "around":
      return { min: cleanNumber(value - value * tolerance), max: cleanNumber(value + value * tolerance), minInclusive: true, maxInclusive: true };
    case "at-least":
      return { min: value, max: null, minInclusive: true, maxInclusive: false };
    case "at-most":
      // counts and amounts are never negative, so 以下 starts at 0
      return { min: 0, max: value, minInclusive: true, maxInclusive: true };
    case null:
    case "range":
      return { min: value, max: value, minInclusive: true, maxInclusive: true };
  }
}

function parseFigureText(reader: Reader, text: string, tolerance: number): Quantity | Failure {
  const prefix = reader.takeAny(PREFIXES) ?? null;
  reader.skipSpace();
  const figure = readFigure(reader);
  if (figure === null) return { code: "quantity.not_a_quantity", params: { rest: reader.rest } };
  if (isFailure(figure)) return figure;
  const after = afterFigure(reader, figure);
  if (after !== null) return after;
  if (RANGE_SEPARATORS.some((separator) => reader.take(separator))) {
    if (prefix !== null) return conflict([formOf(prefix), "至"]);
    reader.skipSpace();
    const high = readFigure(reader);
    if (high === null) return { code: "quantity.not_a_quantity", params: { rest: reader.rest } };
    if (isFailure(high)) return high;
    const end = afterFigure(reader, high) ?? expectEnd(reader, high.unit);
    if (end !== null) return end;
    const ends = rangeEnds(figure, high);
    if (isFailure(ends)) return ends;
    return fromRange(text, ends, true, true);
  }
  const suffix = reader.takeAny(SUFFIXES) ?? null;
  const end = expectEnd(reader, figure.unit);
  if (end !== null) return end;
  const qualifiers = [prefix, figure.odd, suffix].filter((qualifier) => qualifier !== null);
  if (qualifiers.length > 1) return conflict(qualifiers.map(formOf));
  const qualifier = qualifiers[0] ?? null;
  const base = baseValue(figure);
  if (outOfRange(base)) return { code: "quantity.out_of_range", params: {} };
  if (base.digits === 0n && (qualifier === "odd" || qualifier === "more" || qualifier === "nearly")) {
    return { code: "quantity.qualifier_needs_nonzero", params: { qualifier: formOf(qualifier) } };
  }
  const bounds = qualifiedBounds(qualifier, base, tolerance);
  if (bounds.max !== null && bounds.max >= 10 ** MAX_DIGITS) return { code: "quantity.out_of_range", params: {} };
  return Object.freeze({
    text,
    ...bounds,
    unit: figure.unit,
    qualifier,
    stated: decimalToNumber(figure.stated),
    scale: figure.scale,
  });
}

/**
 * Reads a loose quantity as Chinese reports write it. Never throws on a string: text that is not a quantity
 * gives issues, never a wrong number.
 *
 * Reads Arabic digits (with `,` thousands separators and decimals, also full-width), Chinese numerals
 * (三百, 两千, 一千四百, 一万二千, 零), 万 and 亿, every unit in {@link QUANTITY_UNITS}, and the qualifiers:
 * - exact: "52个" is [52, 52];
 * - 余, 多: "400余名" is (400, 500), up to the next step of the last non-zero digit ("1.2万余户" is (12000, 13000));
 * - 近: "近1万名" is [10000 × (1 − tolerance), 10000);
 * - 约, 左右: [v × (1 − tolerance), v × (1 + tolerance)];
 * - 以上: "20万元以上" is [200000, ∞) yuan; 以下: [0, v], since counts and amounts are never negative;
 * - ranges: "5至10名" [5, 10] (also 到 ～ ~ — -), "多于452名且少于552名" (452, 552), "少于50名" [0, 50),
 *   "不少于5名" [5, ∞); a range whose lower end lacks the multiplier of its upper end ("5至10万元") is refused
 *   as ambiguous rather than guessed.
 *
 * 万 or 亿 right before 元 is read as the unit 万元/亿元 ("20万元以上": `stated` 20, unit 万元), so Arabic and
 * Chinese numerals give the same quantity; 余/多 written before 万 ("10余万人") is kept only as a meaning,
 * and formats as "10万余人".
 *
 * Bounds are in the base unit of the unit's dimension (yuan for money). The quantity keeps the trimmed text.
 *
 * @param text - the quantity as written, e.g. "400余名"
 * @param options - `tolerance` for 近/约/左右 (default 0.1), `path` to put on issues
 * @returns the frozen quantity, or issues coded `quantity.*`
 * @throws DangjianError `invalid_argument` when text is not a string or the tolerance is not in (0, 1)
 * @example
 * ```ts
 * const result = parseQuantity("400余名");
 * if (result.ok) result.value.min; // 400 (exclusive); result.value.max: 500 (exclusive)
 * parseQuantity("若干").issues[0]?.code; // "quantity.indefinite"
 * ```
 * @category Quantities
 */
export function parseQuantity(text: string, options: ParseQuantityOptions = {}): ParseResult<Quantity> {
  if (typeof text !== "string") {
    throw new DangjianError("invalid_argument", `parseQuantity needs a string, received ${typeof text}`);
  }
  const tolerance = options.tolerance ?? 0.1;
  if (typeof tolerance !== "number" || !(tolerance > 0 && tolerance < 1)) {
    throw new DangjianError("invalid_argument", `the tolerance must be a number between 0 and 1 (exclusive), received ${String(tolerance)}`);
  }
  const trimmed = text.trim();
  const fail = (failure: Failure): ParseResult<Quantity> => ({
    ok: false,
    issues: [createIssue(failure.code, quantityMessages[failure.code], { path: options.path ?? "", params: { text: trimmed, ...failure.params } })],
  });
  if (trimmed === "") return fail({ code: "quantity.empty", params: {} });
  const reader = new Reader(normalize(text));
  const result = parseBounded(reader, trimmed) ?? parseFigureText(reader, trimmed, tolerance);
  if (!isFailure(result)) return { ok: true, value: result, issues: [] };
  const vague = ["quantity.not_a_quantity", "quantity.unknown_unit", "quantity.trailing_text"].includes(result.code);
  if (vague && INDEFINITE.test(trimmed)) return fail({ code: "quantity.indefinite", params: {} });
  return fail(result);
}
