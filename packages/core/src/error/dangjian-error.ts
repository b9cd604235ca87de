const BRAND = Symbol.for("@dangjian/core/DangjianError");

/**
 * The codes of programmer errors the SDK throws. Bad data never throws; it gives issues.
 *
 * @category Errors
 */
export type DangjianErrorCode =
  | "invalid_argument"
  | "unknown_locale"
  | "unknown_indicator"
  | "unknown_reference"
  | "invalid_policy";

/**
 * Thrown only for programmer errors (a wrong argument, an impossible call), never for bad data.
 * `instanceof` works across two copies of the package because the check is a global brand.
 *
 * @example
 * ```ts
 * try { formatQuantity(undefined as never); } catch (e) { if (isDangjianError(e)) console.log(e.code); }
 * ```
 * @category Errors
 */
export class DangjianError extends Error {
  /** A stable code for the kind of misuse. */
  readonly code: DangjianErrorCode;

  /**
   * @param code - a stable code for the kind of misuse
   * @param message - what went wrong, for the developer
   */
  constructor(code: DangjianErrorCode, message: string) {
    super(message);
    this.name = "DangjianError";
    this.code = code;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Brand check, so `instanceof DangjianError` holds for errors thrown by another copy of the package.
   *
   * @param value - any value
   * @returns whether it is a DangjianError from any copy
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return isDangjianError(value);
  }
}

/**
 * Tells whether a value is a {@link DangjianError}, from this or any other copy of the package.
 *
 * @param value - any value, typically a caught error
 * @returns true when it carries the DangjianError brand
 * @example
 * ```ts
 * if (isDangjianError(error)) console.error(error.code);
 * ```
 * @category Errors
 */
export function isDangjianError(value: unknown): value is DangjianError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
