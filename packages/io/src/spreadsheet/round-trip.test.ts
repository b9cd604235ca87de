import fc from "fast-check";
import { parseDataset, type DatasetInput, type Locale } from "@dangjian/core";
import { describe, expect, it } from "vitest";
import { sampleDocument } from "./__fixtures__/sample-document.js";
import { readCsvTables, writeCsvTables } from "./csv/index.js";
import { readXlsxWorkbook, writeXlsxWorkbook } from "./xlsx/index.js";
import type { EnumStyle } from "./profile/index.js";

// free text with what breaks naive spreadsheets: formula starts, quotes, commas, line breaks, a leading quote
const awkward = fc.constantFrom("=SUM(A1)", "+86 138", "-减号开头", "@提及", "'引号开头", '甲, 乙 "丙"', "两行\n文字", "0123");
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: awkward },
).map((value) => value.replace(/[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, "").trim()).filter((value) => value !== "");
const day = fc.constantFrom("1950-01-01", "1999-12-31", "2000-02-29", "2010-07-01", "2021-01-01");
const partialDay = fc.constantFrom("2020", "2021-06", "2022-08-31");
const quantity = fc.constantFrom("1.2万余面", "300余面", "近1万面", "3至5面", "120面", "约200面", "400");

const documentArb = fc
  .record({
    documents: fc.array(fc.record({ title: text, date: fc.option(partialDay, { nil: undefined }), authors: fc.option(fc.array(fc.constantFrom("甲", "乙", "丙"), { minLength: 1, maxLength: 2 }), { nil: undefined }) }), { maxLength: 2 }),
    townships: fc.array(fc.record({ name: text, kind: fc.constantFrom("town", "township", "subdistrict") }), { minLength: 1, maxLength: 3 }),
    branches: fc.array(fc.record({ name: text, parent: fc.nat(), region: fc.nat(), note: fc.option(text, { nil: undefined }), hasCommittee: fc.option(fc.boolean(), { nil: undefined }) }), { maxLength: 4 }),
    people: fc.array(fc.record({ name: text, sex: fc.option(fc.constantFrom("male", "female"), { nil: undefined }), birthDate: fc.option(day, { nil: undefined }), inService: fc.option(fc.boolean(), { nil: undefined }), phone: fc.option(fc.constantFrom("13800138000", "0971-1234567"), { nil: undefined }), note: fc.option(awkward, { nil: undefined }) }), { maxLength: 4 }),
    memberships: fc.array(fc.record({ person: fc.nat(), organization: fc.nat(), status: fc.constantFrom("full", "probationary") }), { maxLength: 4 }),
    observations: fc.array(fc.record({ region: fc.nat(), value: quantity, asOf: partialDay, cite: fc.boolean() }), { maxLength: 3 }),
  })
  .map((shape): DatasetInput => {
    const documents = shape.documents.map((doc, index) => ({ id: `doc-${index}`, ...doc }));
    const regions = [
      { id: "r-0", name: "某县", level: "county" as const },
      ...shape.townships.map((town, index) => ({ id: `r-${index + 1}`, name: town.name, level: "township" as const, kind: town.kind, parentId: "r-0" })),
    ];
    const organizations: Record<string, unknown>[] = [{ id: "org-0", name: "中共某县委员会", kind: "local-committee", regionId: "r-0" }];
    shape.branches.forEach((branch, index) => {
      organizations.push({
        id: `org-${index + 1}`,
        name: branch.name,
        kind: "primary-committee",
        parentId: "org-0",
        regionId: regions[branch.region % regions.length]?.id,
        ...(branch.note !== undefined ? { note: branch.note } : {}),
        ...(branch.hasCommittee !== undefined ? { hasCommittee: branch.hasCommittee } : {}),
      });
    });
    const people = shape.people.map((person, index) => ({ id: `p-${index}`, ...person }));
    const seen = new Set<string>();
    const memberships = people.length === 0 ? [] : shape.memberships.flatMap((membership, index) => {
      const personId = people[membership.person % people.length]?.id ?? "";
      // one membership per person keeps the generator clear of overlapping-membership rules
      if (seen.has(personId)) return [];
      seen.add(personId);
      return [{ id: `m-${index}`, personId, organizationId: organizations[membership.organization % organizations.length]?.id as string, status: membership.status }];
    });
    const observations = shape.observations.map((observation, index) => ({
      id: `obs-${index}`,
      indicator: "flag.issued.count",
      scope: { type: "region" as const, id: regions[observation.region % regions.length]?.id as string },
      asOf: observation.asOf,
      value: observation.value,
      ...(observation.cite && documents.length > 0 ? { sources: [{ documentId: "doc-0", quote: "原文" }] } : {}),
    }));
    return { formatVersion: "1.0", documents, regions, organizations, people, memberships, observations } as DatasetInput;
  });

const styles = fc.record({ locale: fc.constantFrom<Locale>("zh-CN", "en"), enums: fc.constantFrom<EnumStyle>("labels", "codes") });

function withoutLocation(issues: readonly { readonly location?: unknown }[]): unknown[] {
  return issues.map(({ location: _location, ...issue }) => issue);
}

function strip(value: unknown): unknown {
  // toEqual already ignores undefined properties; JSON makes the comparison plain data on both sides
  return JSON.parse(JSON.stringify(value));
}

describe("round trips", () => {
  it("the sample document survives JSON → XLSX → JSON and JSON → CSV → JSON in both locales", async () => {
    const parsed = parseDataset(sampleDocument());
    expect(parsed.issues).toEqual([]);
    for (const locale of ["zh-CN", "en"] as const) {
      const xlsx = await readXlsxWorkbook(await writeXlsxWorkbook(parsed.dataset, { locale }));
      expect(xlsx.issues).toEqual([]);
      expect(strip(xlsx.dataset)).toEqual(strip(parsed.dataset));
      const files = writeCsvTables(parsed.dataset, { locale });
      const csv = readCsvTables(files.map((file) => ({ name: file.name, bytes: new TextEncoder().encode(file.content) })));
      expect(csv.issues).toEqual([]);
      expect(strip(csv.dataset)).toEqual(strip(parsed.dataset));
    }
  });

  it("JSON → XLSX → JSON gives back an equal dataset", async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, styles, async (document, style) => {
        const parsed = parseDataset(document);
        expect(parsed.ok).toBe(true);
        const back = await readXlsxWorkbook(await writeXlsxWorkbook(parsed.dataset, style), { file: "round-trip.xlsx" });
        // the same warnings (a phone number that is not a mobile one …), and nothing more
        expect(withoutLocation(back.issues)).toEqual(withoutLocation(parsed.issues));
        expect(strip(back.dataset)).toEqual(strip(parsed.dataset));
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it("JSON → a folder of CSV files → JSON gives back an equal dataset", () => {
    fc.assert(
      fc.property(documentArb, styles, (document, style) => {
        const parsed = parseDataset(document);
        expect(parsed.ok).toBe(true);
        const files = writeCsvTables(parsed.dataset, style);
        const back = readCsvTables(files.map((file) => ({ name: file.name, bytes: new TextEncoder().encode(file.content) })));
        // the same warnings (a phone number that is not a mobile one …), and nothing more
        expect(withoutLocation(back.issues)).toEqual(withoutLocation(parsed.issues));
        expect(strip(back.dataset)).toEqual(strip(parsed.dataset));
      }),
      { numRuns: 25 },
    );
  });
});
