// Exact decimal arithmetic for bounds, so sums do not pick up binary floating-point noise.

/** A decimal number `digits × 10^exponent`, with no trailing zeros in `digits` unless it is zero. */
export interface Decimal {
  readonly digits: bigint;
  readonly exponent: number;
}

/** Strips trailing zeros of the digits into the exponent. */
export function normalizeDecimal(digits: bigint, exponent: number): Decimal {
  if (digits === 0n) return { digits: 0n, exponent: 0 };
  let d = digits;
  let e = exponent;
  while (d % 10n === 0n) {
    d /= 10n;
    e += 1;
  }
  return { digits: d, exponent: e };
}

/** The decimal a finite number prints as (its shortest round-tripping form). */
export function decimalOf(value: number): Decimal {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`not a finite number: ${value}`);
  const [, sign = "", whole = "0", fraction = "", power = "0"] = match;
  const digits = BigInt(sign + whole + fraction);
  return normalizeDecimal(digits, Number(power) - fraction.length);
}

/** The nearest number to a decimal. */
export function decimalToNumber(value: Decimal): number {
  return Number(`${value.digits}e${value.exponent}`);
}

/** The exact sum of decimals. */
export function addDecimals(values: readonly Decimal[]): Decimal {
  if (values.length === 0) return { digits: 0n, exponent: 0 };
  const exponent = Math.min(...values.map((value) => value.exponent));
  let digits = 0n;
  for (const value of values) digits += value.digits * 10n ** BigInt(value.exponent - exponent);
  return normalizeDecimal(digits, exponent);
}

/** Plain positional notation, never exponent notation: `1.2`, `10000`, `0.0000001`. */
export function plainDecimal(value: Decimal): string {
  const negative = value.digits < 0n;
  const digits = (negative ? -value.digits : value.digits).toString();
  let text: string;
  if (value.exponent >= 0) text = digits + "0".repeat(value.exponent);
  else {
    const padded = digits.padStart(-value.exponent + 1, "0");
    const point = padded.length + value.exponent;
    text = padded.slice(0, point) + "." + padded.slice(point);
  }
  return negative ? "-" + text : text;
}

/** Plain notation of a number: its shortest form, without exponent notation. */
export function plainNumber(value: number): string {
  return plainDecimal(decimalOf(value));
}

/** Inserts thousands separators into a plain decimal: `12000.5` → `12,000.5`. */
export function groupThousands(text: string): string {
  const [whole = "", fraction] = text.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const grouped = whole.slice(sign.length).replace(/\B(?=(\d{3})+$)/g, ",");
  return sign + grouped + (fraction === undefined ? "" : "." + fraction);
}

/** Rounds away binary noise from a product such as `500 × 0.85`, keeping 15 significant digits. */
export function cleanNumber(value: number): number {
  return Number(value.toPrecision(15));
}
