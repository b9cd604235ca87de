import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { IssueSchema } from "../issue/issue.js";
import { parsePhoneNumber } from "./parse-phone-number.js";

const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 9, maxLength: 9 }))
  .map(([second, rest]) => `1${second}${rest}`);

describe("parsePhoneNumber", () => {
  it.each(["13800138000", "+8613800138000", "+86 138 0013 8000", "+86-138-0013-8000", "138-0013-8000"])(
    "reads %s as 13800138000",
    (text) => {
      expect(parsePhoneNumber(text)).toEqual({ ok: true, issues: [], value: { number: "13800138000", e164: "+8613800138000" } });
    },
  );

  it.each([
    ["1380013800", "phone.length", "has 10 digits, expected 11"],
    ["138001380001", "phone.length", "has 12 digits, expected 11"],
    ["8613800138000", "phone.length", "has 13 digits, expected 11"],
    ["12800138000", "phone.prefix", "starts with 12, mainland mobile numbers start with 13 to 19"],
    ["09708645123", "phone.prefix", "starts with 09, mainland mobile numbers start with 13 to 19"],
    ["+85291234567", "phone.country_code", "the only country code accepted is +86"],
    ["138.0013.8000", "phone.character", 'character "." at position 4 is not a digit'],
    ["１３８００１３８０００", "phone.character", 'character "１" at position 1 is not a digit'],
    ["", "phone.length", "has 0 digits, expected 11"],
  ])("rejects %j with %s", (text, code, message) => {
    const result = parsePhoneNumber(text);
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.message.en])).toEqual([[code, message]]);
  });

  it("reads every mainland mobile number, with or without +86", () => {
    fc.assert(
      fc.property(mobile, fc.boolean(), (number, prefixed) => {
        const result = parsePhoneNumber(prefixed ? "+86" + number : number);
        expect(result.ok && result.value.number).toBe(number);
      }),
    );
  });

  it("never throws on a string, and fails only with error issues that fit the issue schema", () => {
    const nearNumber = fc.string({ unit: fc.constantFrom(..."0123456789", "1", "+", " ", "-", "a"), maxLength: 16 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), nearNumber), (text) => {
        const result = parsePhoneNumber(text, { path: "/people/0/phone" });
        for (const issue of result.issues) {
          expect(IssueSchema.safeParse(issue).success).toBe(true);
          expect(issue.path).toBe("/people/0/phone");
        }
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
      }),
    );
  });

  it("throws DangjianError for a non-string", () => {
    expect(() => parsePhoneNumber(13800138000 as never)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
