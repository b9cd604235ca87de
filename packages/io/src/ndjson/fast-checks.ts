import {
  CADRE_RANKS,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_KINDS,
  ORGANIZATION_SECTORS,
  SEXES,
  type CollectionName,
} from "@dangjian/core";
import { fingerprintId } from "./id-set.js";

// The common shapes of the three collections a national file is made of (people, memberships, organizations),
// checked by hand before zod: a check says true only when every field is one it knows and holds a value the
// record schema surely accepts; anything else (sources, a rarer field, a bad value) goes to zod, which decides
// and words the issues. A property test holds these to the schemas and to visitRecordReferences.
//
// Each field is read by name (one inline cache a field, not a loop over the keys with a switch), the keys are
// counted to rule out unknown ones, and the ids are fingerprinted while their characters are checked, so the
// id sets need not read them again.

type Record_ = Record<string, unknown>;

/**
 * A reference field a fast check reads: its name and the collection it points into.
 *
 * @internal
 */
export interface FastReference {
  /** The field. */
  readonly field: string;
  /** The collection its id must be in. */
  readonly target: CollectionName;
}

/**
 * What a fast check found in a record it vouched for, overwritten by the next record.
 *
 * @internal
 */
export interface FastFinding {
  /** The record's id. */
  id: string;
  /** How many references the record has. */
  count: number;
  /** The ids referred to, in the order `visitRecordReferences` visits them. */
  readonly referenced: string[];
  /** For each, its field's index in the check's `references`. */
  readonly fields: number[];
  /** Fingerprints (low, high words): the record's id at 0, reference k at 2k + 2. */
  readonly prints: Int32Array;
}

/**
 * A hand-written check of a collection's common shape.
 *
 * @internal
 */
export interface FastCheck {
  /** The reference fields the shape allows, in the order `visitRecordReferences` visits them. */
  readonly references: readonly FastReference[];
  /** True, with the id and references in `found`, only when zod would surely accept the record. */
  readonly check: (record: Record_, found: FastFinding) => boolean;
}

/**
 * An empty finding, to be filled by fast checks.
 *
 * @returns the finding
 * @internal
 */
export function createFastFinding(): FastFinding {
  return { id: "", count: 0, referenced: [], fields: [], prints: new Int32Array(32) };
}

const RECORD_ID = /^\S(?:.*\S)?$/;

// a record id (RecordIdSchema), fingerprinted into `found.prints` at `at`; the pattern runs only for ids with
// characters outside printable ASCII
function isIdAt(value: unknown, found: FastFinding, at: number): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 200) return false;
  return fingerprintId(value, found.prints, at) || RECORD_ID.test(value);
}

function addReference(found: FastFinding, id: string, field: number): void {
  const k = found.count++;
  found.referenced[k] = id;
  found.fields[k] = field;
}

// the references a record may have or not, each checked and added to the finding in the order of `references`
function optionalReferences(record: Record_, references: readonly FastReference[], found: FastFinding): boolean {
  found.count = 0;
  for (let field = 0; field < references.length; field++) {
    const value = record[references[field]!.field];
    if (value === undefined) continue;
    if (!isIdAt(value, found, 2 * found.count + 2)) return false;
    addReference(found, value, field);
  }
  return true;
}

function isText(value: unknown): boolean {
  return typeof value === "string" && value.length >= 1;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// a real day as YYYY-MM-DD, what z.iso.date() accepts (the proleptic Gregorian calendar, years 0000 to 9999)
function isDate(value: unknown): boolean {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  // each a digit: unsigned, none is above 9
  if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]!) return false;
  if (month !== 2 || day !== 29) return true;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function oneOf(values: readonly string[]): (value: unknown) => boolean {
  const set = new Set<unknown>(values);
  return (value) => set.has(value);
}

// a present field that fails: far below any count of fields, so a sum of `optional`s with one is negative
const FAILED = -64;

// how many fields an optional field adds: 0 absent, 1 present and accepted, FAILED present and not accepted
function optional(value: unknown, accepts: (value: unknown) => boolean): number {
  return value === undefined ? 0 : accepts(value) ? 1 : FAILED;
}

function isNote(value: unknown): boolean {
  return typeof value === "string";
}

function isBoolean(value: unknown): boolean {
  return typeof value === "boolean";
}

// `optional` for fields of one kind, as many as given
function texts(a: unknown, b?: unknown, c?: unknown): number {
  return optional(a, isText) + optional(b, isText) + optional(c, isText);
}

function dates(a: unknown, b?: unknown, c?: unknown, d?: unknown): number {
  return optional(a, isDate) + optional(b, isDate) + optional(c, isDate) + optional(d, isDate);
}

function booleans(a: unknown, b?: unknown): number {
  return optional(a, isBoolean) + optional(b, isBoolean);
}

// the record has exactly `expected` keys besides `type`: no unknown field
function hasKeys(record: Record_, expected: number): boolean {
  let keys = record["type"] === undefined ? 0 : -1;
  for (const _key in record) keys++;
  return keys === expected;
}

function membershipCheck(): FastCheck {
  const isStatus = oneOf(MEMBERSHIP_STATUSES);
  return {
    references: [
      { field: "personId", target: "people" },
      { field: "organizationId", target: "organizations" },
    ],
    check: (record, found) => {
      const id = record["id"];
      const personId = record["personId"];
      const organizationId = record["organizationId"];
      if (!isIdAt(id, found, 0) || !isIdAt(personId, found, 2) || !isIdAt(organizationId, found, 4) || !isStatus(record["status"])) return false;
      const fields = optional(record["from"], isDate) + optional(record["to"], isDate) + optional(record["note"], isNote);
      if (fields < 0 || !hasKeys(record, 4 + fields)) return false;
      found.id = id;
      found.count = 0;
      addReference(found, personId, 0);
      addReference(found, organizationId, 1);
      return true;
    },
  };
}

function personCheck(): FastCheck {
  const isSex = oneOf(SEXES);
  const isRank = oneOf(CADRE_RANKS);
  const references: FastReference[] = [{ field: "employerUnitId", target: "hostUnits" }];
  return {
    references,
    check: (record, found) => {
      const id = record["id"];
      if (!isIdAt(id, found, 0) || !isText(record["name"])) return false;
      const fields =
        optional(record["sex"], isSex) +
        optional(record["cadreRank"], isRank) +
        texts(record["ethnicity"], record["residentIdNumber"], record["phone"]) +
        booleans(record["inService"], record["selectedGraduate"]) +
        dates(record["birthDate"], record["workStartedOn"], record["joinedPartyOn"], record["fullMemberSince"]) +
        optional(record["note"], isNote);
      if (fields < 0 || !optionalReferences(record, references, found) || !hasKeys(record, 2 + fields + found.count)) return false;
      found.id = id;
      return true;
    },
  };
}

function organizationCheck(): FastCheck {
  const isKind = oneOf(ORGANIZATION_KINDS);
  const isSector = oneOf(ORGANIZATION_SECTORS);
  const references: FastReference[] = [
    { field: "parentId", target: "organizations" },
    { field: "regionId", target: "regions" },
    { field: "approvedById", target: "organizations" },
    { field: "taskBodyId", target: "hostUnits" },
    { field: "successorId", target: "organizations" },
  ];
  return {
    references,
    check: (record, found) => {
      const id = record["id"];
      if (!isIdAt(id, found, 0) || !isText(record["name"]) || !isKind(record["kind"])) return false;
      const fields =
        optional(record["sector"], isSector) +
        texts(record["nameEn"], record["shortName"], record["brand"]) +
        dates(record["establishedOn"], record["dissolvedOn"], record["approvedOn"]) +
        booleans(record["hasCommittee"]) +
        optional(record["note"], isNote);
      if (fields < 0 || !optionalReferences(record, references, found) || !hasKeys(record, 3 + fields + found.count)) return false;
      found.id = id;
      return true;
    },
  };
}

const FACTORIES: { readonly [K in CollectionName]?: () => FastCheck } = {
  memberships: membershipCheck,
  people: personCheck,
  organizations: organizationCheck,
};

/**
 * A hand-written check for the common shape of a collection's records, run before zod: true only when zod
 * would surely accept the record, false to let zod decide (and report, in its words).
 *
 * @param collection - the collection
 * @returns the check, or undefined when zod alone checks the collection
 * @internal
 */
export function fastCheckOf(collection: CollectionName): FastCheck | undefined {
  return FACTORIES[collection]?.();
}
