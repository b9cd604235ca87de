// The baseline: what a careful developer would write by hand for the same rules, with typeof checks,
// the same regular expressions, Sets for enums and Maps for references. It implements the shape rules of
// the four collections the benchmark fills (regions, organizations, people, memberships) field by field,
// as the zod schemas state them, warns about unknown fields, and, like zod, returns a fresh record that
// holds only the known fields (the parsed dataset must not carry unknown fields).

const RECORD_ID = /^\S(?:.*\S)?$/;
// the same expression zod uses for z.iso.date() (z.regexes.date), so both sides do the same regex work
const DATE =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))$/;
const DIGITS = /^[0-9]+$/;

const REGION_LEVELS = new Set(["province", "prefecture", "county", "township", "village"]);
const REGION_KINDS = new Set(["village", "community", "town", "township", "subdistrict", "other"]);
const DESIGNATIONS = new Set(["registered-poor", "post-poverty", "relocation-resettlement", "revitalization-key", "weak-and-lax"]);
const PROBLEMS = new Set(["poor", "weak", "lax", "disorderly"]);
const ORGANIZATION_KINDS = new Set([
  "local-committee", "committee-department", "working-committee", "party-group", "primary-committee",
  "general-branch", "branch", "joint-branch", "temporary-branch",
]);
const SECTORS = new Set([
  "village", "community", "organ", "public-institution", "school", "hospital", "state-owned-enterprise",
  "non-public-enterprise", "social-organization", "project", "other",
]);
const MEETINGS = new Set(["members", "delegates"]);
const SEXES = new Set(["male", "female"]);
const CADRE_RANKS = new Set(["prefecture", "county", "section", "general"]);
const STATUSES = new Set(["full", "probationary"]);

const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
// lengths in code points, as zod and JSON Schema count them; only a string over 200 UTF-16 units needs counting
const codePoints = (text) => {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
};
const isId = (value) =>
  typeof value === "string" && value.length >= 1 && (value.length <= 200 || codePoints(value) <= 200) && RECORD_ID.test(value);
const isText = (value) => typeof value === "string" && value.length >= 1;
const isDate = (value) => typeof value === "string" && DATE.test(value);

// parseRegionCode's rules: 6, 9 or 12 digits, no zero province, nothing below a zero prefecture, no zero
// township in a 9-digit code, no village without township, and canonical (no padded 12-digit form)
function isRegionCode(value) {
  if (typeof value !== "string") return false;
  const length = value.length;
  if ((length !== 6 && length !== 9 && length !== 12) || !DIGITS.test(value)) return false;
  const digits = value.padEnd(12, "0");
  if (digits.startsWith("00")) return false;
  if (digits.slice(2, 4) === "00" && /[1-9]/.test(value.slice(4))) return false;
  const township = digits.slice(6, 9);
  const village = digits.slice(9, 12);
  if (length === 9 && township === "000") return false;
  if (township === "000" && village !== "000") return false;
  if (length === 12 && village === "000") return false;
  return true;
}

function sourcesOk(value) {
  if (!Array.isArray(value)) return false;
  for (const source of value) {
    if (!isObject(source) || !isId(source.documentId)) return false;
    if (source.quote !== undefined && !isText(source.quote)) return false;
    if (source.locator !== undefined && !isText(source.locator)) return false;
  }
  return true;
}

function arrayOf(value, check) {
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!check(item)) return false;
  return true;
}

const lifespanOk = (item) => (item.from === undefined || isDate(item.from)) && (item.to === undefined || isDate(item.to));
const isBoolean = (value) => typeof value === "boolean";
const isNote = (value) => typeof value === "string";

// Straight-line code per collection, as one would write it for speed: property reads by name (monomorphic
// where the input is), one check per field, the parsed copy built as it goes. `bad` records a problem.
function region(r, out, bad) {
  let ok = true;
  let v = r.id;
  if (isId(v)) out.id = v; else ok = bad("id");
  if ((v = r.code) !== undefined) { if (isRegionCode(v)) out.code = v; else ok = bad("code"); }
  if ((v = r.codeYear) !== undefined) { if (Number.isInteger(v) && v >= 1980 && v <= 2100) out.codeYear = v; else ok = bad("codeYear"); }
  if (isText((v = r.name))) out.name = v; else ok = bad("name");
  if (REGION_LEVELS.has((v = r.level))) out.level = v; else ok = bad("level");
  if ((v = r.kind) !== undefined) { if (REGION_KINDS.has(v)) out.kind = v; else ok = bad("kind"); }
  if ((v = r.parentId) !== undefined) { if (isId(v)) out.parentId = v; else ok = bad("parentId"); }
  if ((v = r.designations) !== undefined) {
    if (arrayOf(v, (d) => isObject(d) && DESIGNATIONS.has(d.kind) && lifespanOk(d) && (d.sources === undefined || sourcesOk(d.sources)) && (d.note === undefined || isNote(d.note)))) {
      out.designations = v.map((d) => ({ ...d }));
    } else ok = bad("designations");
  }
  if ((v = r.problems) !== undefined) { if (arrayOf(v, (p) => PROBLEMS.has(p))) out.problems = [...v]; else ok = bad("problems"); }
  if ((v = r.sources) !== undefined) { if (sourcesOk(v)) out.sources = v.map((s) => ({ ...s })); else ok = bad("sources"); }
  if ((v = r.note) !== undefined) { if (isNote(v)) out.note = v; else ok = bad("note"); }
  return ok;
}

function organization(r, out, bad) {
  let ok = true;
  let v = r.id;
  if (isId(v)) out.id = v; else ok = bad("id");
  if (isText((v = r.name))) out.name = v; else ok = bad("name");
  if ((v = r.shortName) !== undefined) { if (isText(v)) out.shortName = v; else ok = bad("shortName"); }
  if (ORGANIZATION_KINDS.has((v = r.kind))) out.kind = v; else ok = bad("kind");
  if ((v = r.sector) !== undefined) { if (SECTORS.has(v)) out.sector = v; else ok = bad("sector"); }
  if ((v = r.parentId) !== undefined) { if (isId(v)) out.parentId = v; else ok = bad("parentId"); }
  if ((v = r.regionId) !== undefined) { if (isId(v)) out.regionId = v; else ok = bad("regionId"); }
  if ((v = r.hostUnitIds) !== undefined) { if (arrayOf(v, isId)) out.hostUnitIds = [...v]; else ok = bad("hostUnitIds"); }
  if ((v = r.establishedOn) !== undefined) { if (isDate(v)) out.establishedOn = v; else ok = bad("establishedOn"); }
  if ((v = r.dissolvedOn) !== undefined) { if (isDate(v)) out.dissolvedOn = v; else ok = bad("dissolvedOn"); }
  if ((v = r.approvedById) !== undefined) { if (isId(v)) out.approvedById = v; else ok = bad("approvedById"); }
  if ((v = r.approvedOn) !== undefined) { if (isDate(v)) out.approvedOn = v; else ok = bad("approvedOn"); }
  if ((v = r.taskBodyId) !== undefined) { if (isId(v)) out.taskBodyId = v; else ok = bad("taskBodyId"); }
  if ((v = r.hasCommittee) !== undefined) { if (isBoolean(v)) out.hasCommittee = v; else ok = bad("hasCommittee"); }
  if ((v = r.elections) !== undefined) {
    if (arrayOf(v, (e) => isObject(e) && isDate(e.on) && (e.meeting === undefined || MEETINGS.has(e.meeting)))) out.elections = v.map((e) => ({ ...e }));
    else ok = bad("elections");
  }
  if ((v = r.brand) !== undefined) { if (isText(v)) out.brand = v; else ok = bad("brand"); }
  if ((v = r.affiliations) !== undefined) {
    if (arrayOf(v, (a) => isObject(a) && isId(a.parentId) && lifespanOk(a))) out.affiliations = v.map((a) => ({ ...a }));
    else ok = bad("affiliations");
  }
  if ((v = r.formerNames) !== undefined) {
    if (arrayOf(v, (n) => isObject(n) && isText(n.name) && lifespanOk(n))) out.formerNames = v.map((n) => ({ ...n }));
    else ok = bad("formerNames");
  }
  if ((v = r.successorId) !== undefined) { if (isId(v)) out.successorId = v; else ok = bad("successorId"); }
  if ((v = r.sources) !== undefined) { if (sourcesOk(v)) out.sources = v.map((s) => ({ ...s })); else ok = bad("sources"); }
  if ((v = r.note) !== undefined) { if (isNote(v)) out.note = v; else ok = bad("note"); }
  return ok;
}

function person(r, out, bad) {
  let ok = true;
  let v = r.id;
  if (isId(v)) out.id = v; else ok = bad("id");
  if (isText((v = r.name))) out.name = v; else ok = bad("name");
  if ((v = r.sex) !== undefined) { if (SEXES.has(v)) out.sex = v; else ok = bad("sex"); }
  if ((v = r.ethnicity) !== undefined) { if (isText(v)) out.ethnicity = v; else ok = bad("ethnicity"); }
  if ((v = r.birthDate) !== undefined) { if (isDate(v)) out.birthDate = v; else ok = bad("birthDate"); }
  if ((v = r.residentIdNumber) !== undefined) { if (isText(v)) out.residentIdNumber = v; else ok = bad("residentIdNumber"); }
  if ((v = r.phone) !== undefined) { if (isText(v)) out.phone = v; else ok = bad("phone"); }
  if ((v = r.cadreRank) !== undefined) { if (CADRE_RANKS.has(v)) out.cadreRank = v; else ok = bad("cadreRank"); }
  if ((v = r.inService) !== undefined) { if (isBoolean(v)) out.inService = v; else ok = bad("inService"); }
  if ((v = r.selectedGraduate) !== undefined) { if (isBoolean(v)) out.selectedGraduate = v; else ok = bad("selectedGraduate"); }
  if ((v = r.workStartedOn) !== undefined) { if (isDate(v)) out.workStartedOn = v; else ok = bad("workStartedOn"); }
  if ((v = r.joinedPartyOn) !== undefined) { if (isDate(v)) out.joinedPartyOn = v; else ok = bad("joinedPartyOn"); }
  if ((v = r.fullMemberSince) !== undefined) { if (isDate(v)) out.fullMemberSince = v; else ok = bad("fullMemberSince"); }
  if ((v = r.employerUnitId) !== undefined) { if (isId(v)) out.employerUnitId = v; else ok = bad("employerUnitId"); }
  if ((v = r.sources) !== undefined) { if (sourcesOk(v)) out.sources = v.map((s) => ({ ...s })); else ok = bad("sources"); }
  if ((v = r.note) !== undefined) { if (isNote(v)) out.note = v; else ok = bad("note"); }
  return ok;
}

function membership(r, out, bad) {
  let ok = true;
  let v = r.id;
  if (isId(v)) out.id = v; else ok = bad("id");
  if (isId((v = r.personId))) out.personId = v; else ok = bad("personId");
  if (isId((v = r.organizationId))) out.organizationId = v; else ok = bad("organizationId");
  if (STATUSES.has((v = r.status))) out.status = v; else ok = bad("status");
  if ((v = r.from) !== undefined) { if (isDate(v)) out.from = v; else ok = bad("from"); }
  if ((v = r.to) !== undefined) { if (isDate(v)) out.to = v; else ok = bad("to"); }
  if ((v = r.sources) !== undefined) { if (sourcesOk(v)) out.sources = v.map((s) => ({ ...s })); else ok = bad("sources"); }
  if ((v = r.note) !== undefined) { if (isNote(v)) out.note = v; else ok = bad("note"); }
  return ok;
}

const CHECKS = { regions: region, organizations: organization, people: person, memberships: membership };
const KNOWN = {
  regions: new Set(["id", "code", "codeYear", "name", "level", "kind", "parentId", "designations", "problems", "sources", "note"]),
  organizations: new Set([
    "id", "name", "shortName", "kind", "sector", "parentId", "regionId", "hostUnitIds", "establishedOn", "dissolvedOn",
    "approvedById", "approvedOn", "taskBodyId", "hasCommittee", "elections", "brand", "affiliations", "formerNames",
    "successorId", "sources", "note",
  ]),
  people: new Set([
    "id", "name", "sex", "ethnicity", "birthDate", "residentIdNumber", "phone", "cadreRank", "inService", "selectedGraduate",
    "workStartedOn", "joinedPartyOn", "fullMemberSince", "employerUnitId", "sources", "note",
  ]),
  memberships: new Set(["id", "personId", "organizationId", "status", "from", "to", "sources", "note"]),
};

/**
 * Shape check of one collection. Returns the valid records (fresh objects with the known fields) and
 * pushes the problems found (one string per bad field or unknown field) onto `problems`.
 */
export function handCheckCollection(name, records, problems) {
  const check = CHECKS[name];
  const known = KNOWN[name];
  const out = [];
  if (!Array.isArray(records)) {
    problems.push(`${name}: not an array`);
    return out;
  }
  let index = 0;
  const bad = (field) => {
    problems.push(`${name}/${index}/${field}`);
    return false;
  };
  for (; index < records.length; index++) {
    const record = records[index];
    if (!isObject(record)) {
      problems.push(`${name}/${index}: not an object`);
      continue;
    }
    const copy = {};
    const ok = check(record, copy, bad);
    for (const field in record) if (!known.has(field)) problems.push(`${name}/${index}/${field}: unknown field (warning)`);
    if (ok) out.push(copy);
  }
  return out;
}

/** Shape check of the document: format version, then every collection. */
export function handCheckShape(document, problems) {
  const parsed = {};
  if (!isObject(document)) {
    problems.push("document: not an object");
    return parsed;
  }
  if (typeof document.formatVersion !== "string" || !/^1\.\d+$/.test(document.formatVersion)) problems.push("formatVersion");
  for (const name of Object.keys(CHECKS)) parsed[name] = document[name] === undefined ? [] : handCheckCollection(name, document[name], problems);
  return parsed;
}

function byId(name, records, problems) {
  const map = new Map();
  for (const record of records) {
    if (map.has(record.id)) problems.push(`${name}/${record.id}: duplicate id`);
    else map.set(record.id, record);
  }
  return map;
}

// a parent chain that comes back to a record it already passed is a cycle; each record is walked once
function checkTree(name, map, problems) {
  const state = new Map();
  for (const start of map.values()) {
    if (state.has(start.id)) continue;
    const path = [];
    let current = start;
    while (current && !state.has(current.id)) {
      state.set(current.id, 1);
      path.push(current);
      current = current.parentId === undefined ? undefined : map.get(current.parentId);
    }
    if (current && state.get(current.id) === 1) problems.push(`${name}/${current.id}: cycle`);
    for (const record of path) state.set(record.id, 2);
  }
}

// the level a canonical region code names, and its parent's code (parseRegionCode's rules)
function levelOfCode(code) {
  if (code.length === 12) return "village";
  if (code.length === 9) return "township";
  if (code.slice(4, 6) !== "00") return "county";
  if (code.slice(2, 4) !== "00") return "prefecture";
  return "province";
}
function parentOfCode(code) {
  switch (levelOfCode(code)) {
    case "village":
      return code.slice(0, 9);
    case "township":
      return code.slice(4, 6) === "00" ? code.slice(0, 4) + "00" : code.slice(0, 6);
    case "county":
      return code.slice(0, 4) + "00";
    case "prefecture":
      return code.slice(0, 2) + "0000";
    default:
      return null;
  }
}

const outOfOrder = (earlier, later) => earlier !== undefined && later !== undefined && later < earlier;

/**
 * Integrity checks on shape-valid records, the ones parseDataset makes that apply to these collections:
 * duplicate ids, references, cycles in both trees, region codes against levels and parents, dates in
 * order inside a record, and memberships within their organization's life.
 */
export function handCheckReferences(parsed, problems) {
  const regions = byId("regions", parsed.regions, problems);
  const organizations = byId("organizations", parsed.organizations, problems);
  const people = byId("people", parsed.people, problems);
  byId("memberships", parsed.memberships, problems);
  for (const region of parsed.regions) {
    if (region.code !== undefined && levelOfCode(region.code) !== region.level) problems.push(`regions/${region.id}: level does not match code`);
    if (region.parentId === undefined) continue;
    const parent = regions.get(region.parentId);
    if (!parent) problems.push(`regions/${region.id}: parent missing`);
    else if (region.code !== undefined && parent.code !== undefined && parentOfCode(region.code) !== parent.code) {
      problems.push(`regions/${region.id}: parent code mismatch`);
    }
  }
  for (const organization of parsed.organizations) {
    if (organization.parentId !== undefined && !organizations.has(organization.parentId)) problems.push(`organizations/${organization.id}: parent missing`);
    if (organization.regionId !== undefined && !regions.has(organization.regionId)) problems.push(`organizations/${organization.id}: region missing`);
    if (outOfOrder(organization.establishedOn, organization.dissolvedOn)) problems.push(`organizations/${organization.id}: dissolved before established`);
    if (outOfOrder(organization.approvedOn, organization.dissolvedOn)) problems.push(`organizations/${organization.id}: dissolved before approved`);
  }
  for (const person of parsed.people) {
    if (outOfOrder(person.birthDate, person.joinedPartyOn)) problems.push(`people/${person.id}: joined before birth`);
    if (outOfOrder(person.joinedPartyOn, person.fullMemberSince)) problems.push(`people/${person.id}: full member before joining`);
  }
  for (const membership of parsed.memberships) {
    const { from, to } = membership;
    if (!people.has(membership.personId)) problems.push(`memberships/${membership.id}: person missing`);
    const organization = organizations.get(membership.organizationId);
    if (!organization) problems.push(`memberships/${membership.id}: organization missing`);
    else {
      const { establishedOn, dissolvedOn } = organization;
      const leaves =
        (establishedOn !== undefined && ((from !== undefined && from < establishedOn) || (to !== undefined && to < establishedOn))) ||
        (dissolvedOn !== undefined && (to === undefined || to > dissolvedOn || (from !== undefined && from > dissolvedOn)));
      if (leaves) problems.push(`memberships/${membership.id}: organization not alive`);
    }
    if (outOfOrder(from, to)) problems.push(`memberships/${membership.id}: dates out of order`);
  }
  checkTree("regions", regions, problems);
  checkTree("organizations", organizations, problems);
}
