import { DangjianError } from "../error/dangjian-error.js";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../label/localized-text.js";
import type { Quantity } from "./quantity.js";
import { quantityUnitInfo, type QuantityUnit } from "./quantity-unit.js";
import { decimalOf, groupThousands, plainDecimal, plainNumber, type Decimal } from "./decimal.js";

/**
 * Options of {@link formatQuantity}.
 *
 * @category Quantities
 */
export interface FormatQuantityOptions {
  /** `"zh-CN"` (default) for the canonical Chinese text, `"en"` for plain English. */
  readonly locale?: Locale;
}

const SCALE_EXPONENT = { 万: 4, 亿: 8 } as const;

function unitExponent(unit: QuantityUnit | null): number {
  return unit === null ? 0 : quantityUnitInfo[unit].exponent;
}

function shift(value: Decimal, exponent: number): Decimal {
  return { digits: value.digits, exponent: value.exponent + exponent };
}

function zhRange(quantity: Quantity): string {
  const unit = quantity.unit ?? "";
  const exponent = -unitExponent(quantity.unit);
  const show = (base: number) => plainDecimal(shift(decimalOf(base), exponent)) + unit;
  const { min, max } = quantity;
  if (min !== null && max !== null && quantity.minInclusive && quantity.maxInclusive) return `${show(min)}至${show(max)}`;
  // a lower bound of 0 inclusive goes without saying for counts and amounts, so "少于50名" is [0, 50)
  const lower = min === null || (min === 0 && quantity.minInclusive && max !== null) ? null : (quantity.minInclusive ? "不少于" : "多于") + show(min);
  const upper = max === null ? null : (quantity.maxInclusive ? "不多于" : "少于") + show(max);
  const parts = [lower, upper].filter((part) => part !== null);
  return parts.length > 0 ? parts.join("且") : "任意数量" + unit;
}

function enRange(quantity: Quantity, word: (value: string) => string): string {
  const show = (base: number) => groupThousands(plainNumber(base));
  const { min, max } = quantity;
  if (min !== null && max !== null && quantity.minInclusive && quantity.maxInclusive) {
    return `${show(min)} to ${word(show(max))}`;
  }
  const lower = min === null || (min === 0 && quantity.minInclusive && max !== null) ? null : (quantity.minInclusive ? "at least " : "more than ") + show(min);
  const upper = max === null ? null : (quantity.maxInclusive ? "at most " : "less than ") + show(max);
  const parts = [lower, upper].filter((part) => part !== null);
  return parts.length > 0 ? word(parts.join(" and ")) : word("any amount");
}

function zh(quantity: Quantity, stated: number): string {
  const figure = plainNumber(stated) + (quantity.scale ?? "");
  const unit = quantity.unit ?? "";
  switch (quantity.qualifier) {
    case null:
      return figure + unit;
    case "odd":
      return figure + "余" + unit;
    case "more":
      return figure + "多" + unit;
    case "nearly":
      return "近" + figure + unit;
    case "about":
      return "约" + figure + unit;
    case "around":
      return figure + unit + "左右";
    case "at-least":
      return figure + unit + "以上";
    case "at-most":
      return figure + unit + "以下";
    case "range":
      return zhRange(quantity);
  }
}

function en(quantity: Quantity, stated: number, word: (value: string) => string): string {
  const scale = quantity.scale === null ? 0 : SCALE_EXPONENT[quantity.scale];
  const figure = groupThousands(plainDecimal(shift(decimalOf(stated), scale + unitExponent(quantity.unit))));
  switch (quantity.qualifier) {
    case null:
      return word(figure);
    case "odd":
    case "more":
      return "more than " + word(figure);
    case "nearly":
      return "nearly " + word(figure);
    case "about":
      return "about " + word(figure);
    case "around":
      return "around " + word(figure);
    case "at-least":
      return "at least " + word(figure);
    case "at-most":
      return "at most " + word(figure);
    case "range":
      return enRange(quantity, word);
  }
}

/**
 * Writes a quantity as text. In zh-CN the text is canonical: Arabic digits without separators, 万/亿 and the
 * unit as stated, the qualifier in its place ("400余名", "近1万名", "20万元以上"), so formatting a parsed
 * canonical text gives it back. A range is written with the unit on both ends ("多于452名且少于552名",
 * "5名至10名"). In English, numbers are written in full with thousands separators, money in yuan, and
 * classifiers such as 个 or 名 are left out because the noun follows in the sentence ("more than 400",
 * "nearly 10,000", "at least 200,000 yuan", "122 times").
 *
 * @param quantity - the quantity to write
 * @param options - `locale`: `"zh-CN"` (default) or `"en"`
 * @returns the text
 * @throws DangjianError `invalid_argument` when the quantity is not an object, `unknown_locale` for another locale
 * @example
 * ```ts
 * formatQuantity(parseQuantity("四百余名").value!); // "400余名"
 * formatQuantity(parseQuantity("20万元以上").value!, { locale: "en" }); // "at least 200,000 yuan"
 * ```
 * @category Quantities
 */
export function formatQuantity(quantity: Quantity, options: FormatQuantityOptions = {}): string {
  if (typeof quantity !== "object" || quantity === null) {
    throw new DangjianError("invalid_argument", `formatQuantity needs a quantity, received ${String(quantity)}`);
  }
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new DangjianError("unknown_locale", `formatQuantity does not know the locale ${String(locale)}`);
  }
  // a quantity built by hand may lack its stated figure; the bounds still say what it is
  const stated = quantity.stated ?? (quantity.qualifier === null ? quantity.min : null);
  const bounded: Quantity = stated === null ? { ...quantity, qualifier: "range" } : quantity;
  if (locale === "zh-CN") return zh(bounded, stated ?? 0);
  const english = quantity.unit === null ? null : quantityUnitInfo[quantity.unit].english;
  const word = (value: string) => (english === null ? value : `${value} ${value === "1" ? english.one : english.other}`);
  return en(bounded, stated ?? 0, word);
}
