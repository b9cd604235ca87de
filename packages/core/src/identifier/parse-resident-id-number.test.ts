import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDangjianError } from "../error/dangjian-error.js";
import { IssueSchema } from "../issue/issue.js";
import { labelOf } from "../label/enum-labels.js";
import { parseResidentIdNumber } from "./parse-resident-id-number.js";
import { SEXES, sexLabels } from "./sex.js";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
// reference check from the brief §5.6, not from the code under test
function check(body: string): string {
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * WEIGHTS[index]!, 0);
  return "10X98765432"[sum % 11]!;
}

const DAY_MS = 86_400_000;
const birthDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2024, 11, 31) / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));
const region = fc.constantFrom("632221", "632222", "632223", "632224", "110105", "440524", "429004");
const sequence = fc.integer({ min: 0, max: 999 }).map((value) => String(value).padStart(3, "0"));

/** A valid number with the parts it was built from. */
const validNumber = fc.tuple(region, birthDate, sequence).map(([regionCode, date, seq]) => {
  const body = regionCode + date.replaceAll("-", "") + seq;
  return { number: body + check(body), regionCode, birthDate: date, sequence: seq };
});

describe("parseResidentIdNumber", () => {
  it("reads 11010519491231002X as a woman born 1949-12-31", () => {
    expect(parseResidentIdNumber("11010519491231002X")).toEqual({
      ok: true,
      issues: [],
      value: { number: "11010519491231002X", regionCode: "110105", birthDate: "1949-12-31", sequence: "002", sex: "female", checkCharacter: "X" },
    });
  });

  it("reads 440524188001010014 as a man born 1880-01-01", () => {
    const result = parseResidentIdNumber("440524188001010014");
    expect(result.ok && result.value).toMatchObject({ regionCode: "440524", birthDate: "1880-01-01", sequence: "001", sex: "male" });
  });

  it("accepts a lower-case x and returns it upper case", () => {
    const result = parseResidentIdNumber("11010519491231002x");
    expect(result.ok && result.value.number).toBe("11010519491231002X");
  });

  it("says what the check character should be", () => {
    const result = parseResidentIdNumber("110105194912310021");
    expect(result.issues.map((issue) => [issue.code, issue.message.en])).toEqual([
      ["resident_id.check_mismatch", "check character should be X, found 1"],
    ]);
    expect(result.ok).toBe(false);
  });

  it("reports the length and the first character out of place", () => {
    expect(parseResidentIdNumber("11010519491231002").issues.map((issue) => issue.message.en)).toEqual(["length is 17, expected 18"]);
    expect(parseResidentIdNumber("1101051949123100X2").issues.map((issue) => issue.params)).toEqual([{ character: "X", position: 17 }]);
    expect(parseResidentIdNumber("11010519491231002Y").issues.map((issue) => issue.message["zh-CN"])).toEqual([
      "第 18 位“Y”不允许：前 17 位为数字，第 18 位为数字或 X",
    ]);
  });

  it("rejects a birth date that is not a real day, whatever the check says", () => {
    const body = "11010519490231002";
    const result = parseResidentIdNumber(body + check(body));
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.message.en)).toEqual(["birth date 19490231 is not a real day"]);
    const leap = "11010519000229002";
    expect(parseResidentIdNumber(leap + check(leap)).issues.map((issue) => issue.code)).toEqual(["resident_id.birth_date_invalid"]);
    const leapOk = "11010520000229002";
    expect(parseResidentIdNumber(leapOk + check(leapOk)).ok).toBe(true);
  });

  it("rejects a birth date after asOf only when asOf is given", () => {
    const body = "63222220240601001";
    const number = body + check(body);
    expect(parseResidentIdNumber(number).ok).toBe(true);
    expect(parseResidentIdNumber(number, { asOf: "2024-06-01" }).ok).toBe(true);
    const late = parseResidentIdNumber(number, { asOf: "2024-05-31" });
    expect(late.issues.map((issue) => issue.message.en)).toEqual(["birth date 2024-06-01 is after 2024-05-31"]);
  });

  it("warns about an address code that is not a region code but keeps the number", () => {
    const body = "00010519491231002";
    const result = parseResidentIdNumber(body + check(body));
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([["resident_id.region_code_invalid", "warning"]]);
  });

  it("never repeats the whole number in an issue", () => {
    const text = "110105194912310021";
    const issues = parseResidentIdNumber(text, { asOf: "1900-01-01" }).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(JSON.stringify(issues)).not.toContain(text.slice(0, 17));
  });

  it("throws DangjianError for a non-string or an asOf that is not a day", () => {
    for (const call of [
      () => parseResidentIdNumber(11010519491231 as never),
      () => parseResidentIdNumber("11010519491231002X", { asOf: "2024-02-30" }),
    ]) {
      expect(call).toThrow();
      try { call(); } catch (error) { expect(isDangjianError(error) && error.code).toBe("invalid_argument"); }
    }
  });

  it("labels both sexes 男 and 女", () => {
    expect(SEXES.map((sex) => labelOf(sexLabels, sex, "zh-CN"))).toEqual(["男", "女"]);
  });
});

describe("parseResidentIdNumber properties", () => {
  it("reads back every part of a number built from them, sex from the parity of the sequence", () => {
    fc.assert(
      fc.property(validNumber, ({ number, regionCode, birthDate: date, sequence: seq }) => {
        const result = parseResidentIdNumber(number);
        expect(result.ok && result.value).toEqual({
          number, regionCode, birthDate: date, sequence: seq, sex: Number(seq) % 2 === 1 ? "male" : "female", checkCharacter: number[17],
        });
      }),
    );
  });

  it("detects any single-character change", () => {
    const replacement = fc.oneof(fc.constantFrom(..."0123456789Xx"), fc.constantFrom("A", "-", " ", "中", "１"));
    fc.assert(
      fc.property(validNumber, fc.nat(17), replacement, ({ number }, position, character) => {
        fc.pre(character.toUpperCase() !== number[position]);
        const changed = number.slice(0, position) + character + number.slice(position + 1);
        expect(parseResidentIdNumber(changed).ok).toBe(false);
      }),
    );
  });

  it("detects any swap of two different neighbouring digits among the first 17", () => {
    fc.assert(
      fc.property(validNumber, fc.nat(15), ({ number }, position) => {
        fc.pre(number[position] !== number[position + 1]);
        const swapped = number.slice(0, position) + number[position + 1] + number[position] + number.slice(position + 2);
        expect(parseResidentIdNumber(swapped).ok).toBe(false);
      }),
    );
  });

  it("never throws on a string, and fails only with error issues that fit the issue schema", () => {
    const nearNumber = fc.string({ unit: fc.constantFrom(..."0123456789Xx", "1", "9", " "), minLength: 16, maxLength: 19 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), nearNumber), (text) => {
        const result = parseResidentIdNumber(text, { asOf: "2025-01-01" });
        for (const issue of result.issues) expect(IssueSchema.safeParse(issue).success).toBe(true);
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
      }),
    );
  });
});
