import {
  CADRE_RANKS,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_KINDS,
  ORGANIZATION_SECTORS,
  SEXES,
  type CollectionName,
} from "@dangjian/core";

// The common shapes of the three collections a national file is made of (people, memberships, organizations),
// checked by hand before zod: a check says true only when every field is one it knows and holds a value the
// record schema surely accepts; anything else (sources, a rarer field, a bad value) goes to zod, which decides
// and words the issues. A property test holds these to the schemas.

type Record_ = Record<string, unknown>;

const RECORD_ID = /^\S(?:.*\S)?$/;

function isId(value: unknown): boolean {
  return typeof value === "string" && value.length >= 1 && value.length <= 200 && RECORD_ID.test(value);
}

function isText(value: unknown): boolean {
  return typeof value === "string" && value.length >= 1;
}

function digit(text: string, at: number): number {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1000;
}

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// a real day as YYYY-MM-DD, what z.iso.date() accepts (the proleptic Gregorian calendar, years 0000 to 9999)
function isDate(value: unknown): boolean {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]!) return false;
  return month !== 2 || day !== 29 || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
}

function oneOf(values: readonly string[]): (value: unknown) => boolean {
  const set = new Set<unknown>(values);
  return (value) => set.has(value);
}

function membershipCheck(): (record: Record_) => boolean {
  const isStatus = oneOf(MEMBERSHIP_STATUSES);
  return (record) => {
    let required = 0;
    for (const field in record) {
      const value = record[field];
      switch (field) {
        case "type":
          break;
        case "id":
        case "personId":
        case "organizationId":
          if (!isId(value)) return false;
          required++;
          break;
        case "status":
          if (!isStatus(value)) return false;
          required++;
          break;
        case "from":
        case "to":
          if (!isDate(value)) return false;
          break;
        case "note":
          if (typeof value !== "string") return false;
          break;
        default:
          return false;
      }
    }
    return required === 4;
  };
}

function personCheck(): (record: Record_) => boolean {
  const isSex = oneOf(SEXES);
  const isRank = oneOf(CADRE_RANKS);
  return (record) => {
    let required = 0;
    for (const field in record) {
      const value = record[field];
      switch (field) {
        case "type":
          break;
        case "id":
          if (!isId(value)) return false;
          required++;
          break;
        case "name":
          if (!isText(value)) return false;
          required++;
          break;
        case "sex":
          if (!isSex(value)) return false;
          break;
        case "ethnicity":
        case "residentIdNumber":
        case "phone":
          if (!isText(value)) return false;
          break;
        case "cadreRank":
          if (!isRank(value)) return false;
          break;
        case "inService":
        case "selectedGraduate":
          if (typeof value !== "boolean") return false;
          break;
        case "birthDate":
        case "workStartedOn":
        case "joinedPartyOn":
        case "fullMemberSince":
          if (!isDate(value)) return false;
          break;
        case "employerUnitId":
          if (!isId(value)) return false;
          break;
        case "note":
          if (typeof value !== "string") return false;
          break;
        default:
          return false;
      }
    }
    return required === 2;
  };
}

function organizationCheck(): (record: Record_) => boolean {
  const isKind = oneOf(ORGANIZATION_KINDS);
  const isSector = oneOf(ORGANIZATION_SECTORS);
  return (record) => {
    let required = 0;
    for (const field in record) {
      const value = record[field];
      switch (field) {
        case "type":
          break;
        case "id":
          if (!isId(value)) return false;
          required++;
          break;
        case "name":
          if (!isText(value)) return false;
          required++;
          break;
        case "kind":
          if (!isKind(value)) return false;
          required++;
          break;
        case "nameEn":
        case "shortName":
        case "brand":
          if (!isText(value)) return false;
          break;
        case "sector":
          if (!isSector(value)) return false;
          break;
        case "parentId":
        case "regionId":
        case "approvedById":
        case "taskBodyId":
        case "successorId":
          if (!isId(value)) return false;
          break;
        case "establishedOn":
        case "dissolvedOn":
        case "approvedOn":
          if (!isDate(value)) return false;
          break;
        case "hasCommittee":
          if (typeof value !== "boolean") return false;
          break;
        case "note":
          if (typeof value !== "string") return false;
          break;
        default:
          return false;
      }
    }
    return required === 3;
  };
}

const FACTORIES: { readonly [K in CollectionName]?: () => (record: Record_) => boolean } = {
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
export function fastCheckOf(collection: CollectionName): ((record: Record_) => boolean) | undefined {
  return FACTORIES[collection]?.();
}
