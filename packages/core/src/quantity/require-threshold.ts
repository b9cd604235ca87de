import { DangjianError } from "../error/dangjian-error.js";

/** Checks a rule threshold; a threshold that is no finite number is a programmer error. */
export function requireThreshold(threshold: number, caller: string): void {
  if (typeof threshold !== "number" || !Number.isFinite(threshold)) {
    throw new DangjianError("invalid_argument", `${caller} needs a finite threshold, received ${String(threshold)}`);
  }
}
