import type { Report } from "../report/report.js";
import { maskPersonalData } from "./mask-personal-data.js";

/** Every string in a JSON-shaped value, masked; other values kept, the input left untouched. */
function maskStrings(value: unknown): unknown {
  if (typeof value === "string") return maskPersonalData(value);
  if (Array.isArray(value)) return value.map(maskStrings);
  // fromEntries defines properties, so a `__proto__` key from parsed JSON stays a key
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskStrings(item)]));
  return value;
}

/**
 * Masks the personal data in every string of a report, deep: titles, paragraphs, cells, sources,
 * chart specifications with their inline data, and the sections' `details`. Keys, numbers and
 * booleans are kept. The result says `personalData: "masked"`; the input is not changed.
 *
 * @param report - a report, masked or not
 * @returns a copy with every resident ID number and mobile number masked by {@link maskPersonalData}
 * @example
 * ```ts
 * const safe = maskReport(report);
 * safe.personalData; // "masked"
 * ```
 * @category Personal data
 */
export function maskReport(report: Report): Report {
  return { ...(maskStrings(report) as Report), personalData: "masked" };
}
