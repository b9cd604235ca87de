import { describe, expect, it } from "vitest";
import { DangjianError, isDangjianError } from "./dangjian-error.js";
import { requireString } from "./require-string.js";

describe("DangjianError", () => {
  it("carries a code and is an Error", () => {
    const error = new DangjianError("invalid_argument", "text must be a string");
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(DangjianError);
    expect(error.code).toBe("invalid_argument");
    expect(error.name).toBe("DangjianError");
  });

  it("is recognised when thrown by another copy of the package (global brand)", () => {
    const foreign = new Error("from another copy");
    Object.defineProperty(foreign, Symbol.for("@dangjian/core/DangjianError"), { value: true });
    expect(isDangjianError(foreign)).toBe(true);
    expect(foreign instanceof DangjianError).toBe(true);
    expect(new Error("plain") instanceof DangjianError).toBe(false);
    expect(isDangjianError({ code: "invalid_argument" })).toBe(false);
    expect(isDangjianError(null)).toBe(false);
  });

  it("is what misuse throws", () => {
    expect(() => requireString(42, "f(text)")).toThrowError(DangjianError);
    expect(() => requireString("ok", "f(text)")).not.toThrow();
  });
});
