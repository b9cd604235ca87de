import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import { IssueSchema } from "../issue/issue.js";
import { parseUnifiedSocialCreditCode } from "./parse-unified-social-credit-code.js";

const VECTOR = "91350100M000100Y43";
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

// reference check characters written from the brief §5.4–5.5, not from the code under test
function usccCheck(body: string): string {
  const sum = [...body].reduce((total, character, index) => total + ALPHABET.indexOf(character) * USCC_WEIGHTS[index]!, 0);
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}
function orgCheck(body: string): string {
  const sum = [...body].reduce((total, character, index) => total + Number.parseInt(character, 36) * ORG_WEIGHTS[index]!, 0);
  const value = 11 - (sum % 11);
  return value === 10 ? "X" : value === 11 ? "0" : String(value);
}

/** A valid code: random authority, category, region and organization body, both checks computed. */
const validCode = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 2, maxLength: 2 }),
    fc.tuple(fc.integer({ min: 11, max: 65 }), fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map((segments) => segments.map((segment) => String(segment).padStart(2, "0")).join("")),
    fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 8, maxLength: 8 }),
  )
  .map(([head, region, organization]) => {
    const body = head + region + organization + orgCheck(organization);
    return body + usccCheck(body);
  });

const replacement = fc.oneof(
  fc.constantFrom(...ALPHABET),
  fc.constantFrom(..."abcdefghjklmnpqrtuwxy"),
  fc.constantFrom("I", "O", "S", "V", "Z", "i", "o", "-", " ", "中", "０"),
);

describe("parseUnifiedSocialCreditCode", () => {
  it("reads the brief's test vector and its parts", () => {
    const result = parseUnifiedSocialCreditCode(VECTOR);
    expect(result).toEqual({
      ok: true,
      issues: [],
      value: {
        code: VECTOR,
        registrationAuthority: "9",
        category: "1",
        regionCode: "350100",
        organizationCode: "M000100Y4",
        checkCharacter: "3",
      },
    });
  });

  it("accepts lower case and returns the code upper case", () => {
    const result = parseUnifiedSocialCreditCode(VECTOR.toLowerCase());
    expect(result.ok && result.value.code).toBe(VECTOR);
  });

  it("says what the check character should be", () => {
    const result = parseUnifiedSocialCreditCode("91350100M000100Y44");
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toEqual(["uscc.check_mismatch"]);
    expect(result.issues[0]?.message.en).toBe("check character should be 3, found 4");
    expect(result.issues[0]?.message["zh-CN"]).toBe("校验码应为 3，实为 4");
  });

  it("reports the length and the first foreign character", () => {
    const short = parseUnifiedSocialCreditCode("91350100M000100Y4");
    expect(short.issues.map((issue) => issue.message.en)).toEqual(["length is 17, expected 18"]);
    const foreign = parseUnifiedSocialCreditCode("91350100M0001O0Y43");
    expect(foreign.issues.map((issue) => [issue.code, issue.params])).toEqual([
      ["uscc.character", { character: "O", position: 14 }],
    ]);
  });

  it("keeps a code whose organization code fails its own check, with a warning", () => {
    // organization code M000100Y5 (should end in 4), outer check recomputed so only the inner one fails
    const body = "91350100M000100Y5";
    const result = parseUnifiedSocialCreditCode(body + usccCheck(body));
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.params])).toEqual([
      ["uscc.organization_code_check_mismatch", "warning", { expected: "4", found: "5" }],
    ]);
  });

  it("keeps a code whose positions 3–8 are not a region code, with a warning", () => {
    const body = "91000000M000100Y4";
    const result = parseUnifiedSocialCreditCode(body + usccCheck(body));
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([["uscc.region_code_invalid", "warning"]]);
  });

  it("puts the caller's path on every issue", () => {
    const result = parseUnifiedSocialCreditCode("X", { path: ["hostUnits", 0, "creditCode"] });
    expect(new Set(result.issues.map((issue) => issue.path))).toEqual(new Set(["/hostUnits/0/creditCode"]));
  });

  it("throws DangjianError only when the argument is not a string", () => {
    expect(() => parseUnifiedSocialCreditCode(18 as never)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    try { parseUnifiedSocialCreditCode(null as never); } catch (error) { expect(isDangjianError(error)).toBe(true); }
  });
});

describe("parseUnifiedSocialCreditCode properties", () => {
  it("accepts every code built with both checks, without issues", () => {
    fc.assert(fc.property(validCode, (code) => {
      const result = parseUnifiedSocialCreditCode(code);
      expect(result.ok && result.issues).toEqual([]);
    }));
  });

  it("detects any single-character change (other than case)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(VECTOR), validCode), fc.nat(17), replacement, (code, position, character) => {
        fc.pre(character.toUpperCase() !== code[position]);
        const changed = code.slice(0, position) + character + code.slice(position + 1);
        const result = parseUnifiedSocialCreditCode(changed);
        expect(result.ok).toBe(false);
      }),
    );
  });

  it("detects any swap of two different neighbours among the first 17 characters", () => {
    fc.assert(
      fc.property(validCode, fc.nat(15), (code, position) => {
        fc.pre(code[position] !== code[position + 1]);
        const swapped = code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
        expect(parseUnifiedSocialCreditCode(swapped).ok).toBe(false);
      }),
    );
  });

  it("never throws on a string, and fails only with error issues that fit the issue schema", () => {
    const nearCode = fc.string({ unit: fc.constantFrom(...ALPHABET, "i", "m", " "), minLength: 16, maxLength: 19 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), nearCode), (text) => {
        const result = parseUnifiedSocialCreditCode(text);
        for (const issue of result.issues) expect(IssueSchema.safeParse(issue).success).toBe(true);
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
      }),
    );
  });
});
