import { describe, expect, it } from "vitest";
import { maskPhoneNumber } from "./mask-phone-number.js";

describe("maskPhoneNumber", () => {
  it("keeps the first 3 and last 4 digits of the national number", () => {
    expect(maskPhoneNumber("13800138000")).toBe("138****8000");
    expect(maskPhoneNumber("+86 139-7012-3456")).toBe("139****3456");
  });

  it("masks whole what is not a mainland mobile number", () => {
    expect(maskPhoneNumber("0970-8645123")).toBe("************");
    expect(maskPhoneNumber("1380013800")).toBe("**********");
  });

  it("throws DangjianError for a non-string", () => {
    expect(() => maskPhoneNumber(null as never)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
