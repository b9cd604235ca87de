// Deterministic synthetic data for the rules benchmark (bench/rules.js): the same seed gives the same records
// on every run and every machine.
//
// generateProvince: a province like Qinghai as an exchange document (what JSON.parse gives), at full scale
//   4,716 villages under ~400 townships, 45 counties, 8 prefectures and 1 province; ~1,600 villages designated
//   poor (then post-poverty), some relocation, key-revitalization and weak-and-lax ones, with problems;
//   145,000 cadres (cadreRank, employer units with regions) in ~1,500 organ units with ~7,000 branches;
//   village organizations with members, secretaries, committees and elections; first secretaries and work
//   teams in target villages; 159,200 households needing help; organization-village and cadre-household
//   pairings covering most but not all; cooperatives, training centers, temporary branches, observations.
// generateNational: national organization counts as a Dataset object (every collection present, quantities
//   parsed), built directly: 5.25 million organizations (306k primary committees, 330k general branches,
//   4.6M branches), 490,000 villages with designations, village organizations with a few members, secretaries,
//   first secretaries, pairings for villages. Member-level data of the other organizations is not generated
//   (at national scale it streams and is never held whole).
import { createRandom } from "./generate.js";

/** The day every benchmark evaluates for. */
export const AS_OF = "2024-06-30";

const pad = (n, width) => String(n).padStart(width, "0");
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function date(random, fromYear, toYear) {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return `${year}-${pad(month, 2)}-${pad(random.int(1, days), 2)}`;
}

/** A pool of days of the given years, so millions of records share a few thousand strings. */
function datePool(random, fromYear, toYear, size = 4096) {
  const pool = Array.from({ length: size }, () => date(random, fromYear, toYear));
  return () => pool[Math.floor(random.next() * size)];
}

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "才让", "扎西", "韩", "祁", "索南"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "卓玛", "东智", "措", "明"];
const ETHNICITIES = ["汉族", "藏族", "回族", "土族", "撒拉族", "蒙古族"];
const personName = (random) => random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.5) ? random.pick(GIVEN) : "");

/**
 * The designations that make a village need a helping organization (a village with any problem needs one too) and
 * those a first secretary is sent to, as the default policy parameters say.
 */
export const NEEDS_HELP = new Set(["registered-poor", "post-poverty", "relocation-resettlement", "weak-and-lax"]);
export const FIRST_SECRETARY_TARGETS = new Set(["post-poverty", "relocation-resettlement", "revitalization-key", "weak-and-lax"]);
const AIMS = { poor: "tackle-poverty", weak: "tackle-weakness", lax: "tackle-weakness", disorderly: "tackle-disorder" };
const CAPACITY = { prefecture: 5, county: 4, section: 3, general: 2 };

const coversDay = (span, day) => (span.from === undefined || span.from <= day) && (span.to === undefined || day <= span.to);
const activeDesignations = (village, day) => (village.designations ?? []).filter((designation) => coversDay(designation, day)).map((d) => d.kind);

/**
 * Designations and problems of one village, `poorShare` being the chance it was a registered poor village.
 * Registered poor until 2020, post-poverty since 2021; some relocation, key-revitalization and weak-and-lax.
 */
function villageStatus(random, poorShare) {
  const designations = [];
  const problems = new Set();
  if (random.chance(poorShare)) {
    designations.push({ kind: "registered-poor", from: "2015-10-01", to: "2020-12-31" }, { kind: "post-poverty", from: "2021-01-01" });
    if (random.chance(0.8)) problems.add("poor");
    if (random.chance(0.08)) designations.push({ kind: "relocation-resettlement", from: "2017-05-01" });
    if (random.chance(0.25)) designations.push({ kind: "revitalization-key", from: "2021-09-01" });
  } else if (random.chance(0.02)) {
    designations.push({ kind: "revitalization-key", from: "2021-09-01" });
  }
  if (random.chance(0.05)) {
    designations.push({ kind: "weak-and-lax", from: "2023-03-01" });
    problems.add("weak").add("lax");
  } else if (random.chance(0.02)) {
    designations.push({ kind: "weak-and-lax", from: "2019-03-01", to: "2021-12-31" });
  }
  if (designations.length > 0 && random.chance(0.08)) problems.add("disorderly");
  return { designations, problems: [...problems] };
}

// ---------------------------------------------------------------------------------------------------------
// Province (Qinghai-like), as an exchange document
// ---------------------------------------------------------------------------------------------------------

// the eight prefectures of Qinghai, their county counts (45 in all) and the share of villages that were poor
const QINGHAI = [
  { code: "630100", name: "西宁市", counties: 7, poorShare: 0.2, cadreWeight: 3 },
  { code: "630200", name: "海东市", counties: 6, poorShare: 0.35, cadreWeight: 1.5 },
  { code: "632200", name: "海北藏族自治州", counties: 4, poorShare: 0.3, cadreWeight: 1 },
  { code: "632300", name: "黄南藏族自治州", counties: 4, poorShare: 0.45, cadreWeight: 0.8 },
  { code: "632500", name: "海南藏族自治州", counties: 5, poorShare: 0.35, cadreWeight: 1 },
  { code: "632600", name: "果洛藏族自治州", counties: 6, poorShare: 0.6, cadreWeight: 0.6 },
  { code: "632700", name: "玉树藏族自治州", counties: 6, poorShare: 0.6, cadreWeight: 0.6 },
  { code: "632800", name: "海西蒙古族藏族自治州", counties: 7, poorShare: 0.25, cadreWeight: 1 },
];

const ORGAN_KINDS = [
  ["party-organ", "organ"],
  ["government-organ", "organ"],
  ["government-organ", "organ"],
  ["public-institution", "public-institution"],
  ["school", "school"],
  ["hospital", "hospital"],
  ["state-owned-enterprise", "state-owned-enterprise"],
];
const RANK_SHARES = {
  province: [["prefecture", 0.03], ["county", 0.15], ["section", 0.35], ["general", 0.47]],
  prefecture: [["prefecture", 0.02], ["county", 0.08], ["section", 0.35], ["general", 0.55]],
  county: [["county", 0.03], ["section", 0.3], ["general", 0.67]],
};
function pickShare(random, shares) {
  let x = random.next();
  for (const [value, share] of shares) {
    if (x < share) return value;
    x -= share;
  }
  return shares.at(-1)[0];
}

/**
 * @param {{ scale?: number, seed?: number }} options
 * @returns {{ document: object, text: string, bytes: number, records: number, counts: Record<string, number>, truth: Record<string, number> }}
 *   the document as JSON.parse gives it, its JSON text, its number of records and what the generator knows it
 *   put in (villages needing help, those left without a helping organization, households left unpaired …)
 */
export function generateProvince({ scale = 1, seed = 20240630 } = {}) {
  const random = createRandom(seed);
  const scaled = (n, min = 1) => Math.max(min, Math.round(n * scale));
  const regions = [];
  const organizations = [];
  const hostUnits = [];
  const people = [];
  const memberships = [];
  const posts = [];
  const postHoldings = [];
  const pairings = [];
  const households = [];
  const sites = [];
  const observations = [];
  const truth = {};
  const bump = (key, n = 1) => (truth[key] = (truth[key] ?? 0) + n);

  let personSerial = 0;
  let orgSerial = 0;
  let unitSerial = 0;
  let postSerial = 0;
  let holdingSerial = 0;
  let pairingSerial = 0;
  const newPerson = (fields) => {
    personSerial += 1;
    const person = { id: `p${pad(personSerial, 7)}`, name: personName(random), sex: random.chance(0.55) ? "male" : "female", ethnicity: random.pick(ETHNICITIES), ...fields };
    people.push(person);
    return person;
  };
  const newOrganization = (fields) => {
    orgSerial += 1;
    const organization = { id: `o${pad(orgSerial, 6)}`, ...fields };
    organizations.push(organization);
    return organization;
  };
  const newUnit = (fields) => {
    unitSerial += 1;
    const unit = { id: `u${pad(unitSerial, 6)}`, ...fields };
    hostUnits.push(unit);
    return unit;
  };
  const newPost = (fields) => {
    postSerial += 1;
    const post = { id: `post${pad(postSerial, 7)}`, ...fields };
    posts.push(post);
    return post;
  };
  const hold = (post, person, fields) => {
    holdingSerial += 1;
    postHoldings.push({ id: `h${pad(holdingSerial, 7)}`, postId: post.id, personId: person.id, ...fields });
  };
  const pair = (fields) => {
    pairingSerial += 1;
    const pairing = { id: `pr${pad(pairingSerial, 7)}`, ...fields };
    pairings.push(pairing);
    return pairing;
  };

  // ---- regions ----
  const province = { id: "630000", code: "630000", codeYear: 2023, name: "青海省", level: "province" };
  regions.push(province);
  const prefectures = [];
  const counties = [];
  for (const spec of QINGHAI) {
    const prefecture = { id: spec.code, code: spec.code, name: spec.name, level: "prefecture", parentId: province.id };
    regions.push(prefecture);
    prefectures.push({ region: prefecture, spec, counties: [] });
    const countyCount = scaled(spec.counties);
    for (let c = 0; c < countyCount; c++) {
      const code = spec.code.slice(0, 4) + pad(21 + c, 2);
      const county = { id: code, code, name: `${spec.name}第${c + 1}县`, level: "county", parentId: prefecture.id };
      regions.push(county);
      const entry = { region: county, prefecture: prefectures.at(-1), townships: [] };
      counties.push(entry);
      prefectures.at(-1).counties.push(entry);
    }
  }
  const townships = [];
  const townshipCount = Math.max(counties.length, scaled(400));
  truth.townships = townshipCount;
  for (let t = 0; t < townshipCount; t++) {
    const county = counties[t % counties.length];
    const code = `${county.region.code}${100 + county.townships.length}`;
    const township = { id: code, code, name: `${county.region.name}第${county.townships.length + 1}乡镇`, level: "township", kind: random.chance(0.4) ? "town" : "township", parentId: county.region.id };
    regions.push(township);
    const entry = { region: township, county, villages: [] };
    townships.push(entry);
    county.townships.push(entry);
  }
  const villages = [];
  const villageCount = scaled(4716);
  for (let v = 0; v < villageCount; v++) {
    const township = townships[v % townships.length];
    const code = `${township.region.code}${200 + township.villages.length}`;
    const { designations, problems } = villageStatus(random, township.county.prefecture.spec.poorShare);
    const village = { id: code, code, name: `${township.region.name}第${township.villages.length + 1}村`, level: "village", kind: "village", parentId: township.region.id };
    if (designations.length > 0) village.designations = designations;
    if (problems.length > 0) village.problems = problems;
    regions.push(village);
    const active = activeDesignations(village, AS_OF);
    const entry = {
      region: village,
      township,
      prefecture: township.county.prefecture,
      needsHelp: active.some((kind) => NEEDS_HELP.has(kind)) || problems.length > 0,
      firstSecretaryTarget: active.some((kind) => FIRST_SECRETARY_TARGETS.has(kind)),
    };
    villages.push(entry);
    township.villages.push(entry);
    bump("villages");
    if (entry.needsHelp) bump("villagesNeedingHelp");
    if (entry.firstSecretaryTarget) bump("firstSecretaryTargetVillages");
  }

  // ---- Party committees of the regions ----
  const top = newOrganization({ name: "中共青海省委员会", kind: "local-committee", regionId: province.id, establishedOn: "1949-09-05" });
  for (const prefecture of prefectures) {
    prefecture.committee = newOrganization({ name: `中共${prefecture.region.name}委员会`, kind: "local-committee", parentId: top.id, regionId: prefecture.region.id, establishedOn: "1950-01-01" });
    for (const county of prefecture.counties) {
      county.committee = newOrganization({ name: `中共${county.region.name}委员会`, kind: "local-committee", parentId: prefecture.committee.id, regionId: county.region.id, establishedOn: "1952-01-01" });
    }
  }

  // Secretary, committee and elections of a primary organization, its seats going to `holders` (its full
  // members unless given); returns its full members.
  const staff = (organization, members, { termYears, electionYears, overdueShare, village, holders }) => {
    const full = members.filter((member) => member.status === "full").map((member) => member.person);
    const seated = holders ?? full;
    if (full.length >= 7) organization.hasCommittee = true;
    const overdue = random.chance(overdueShare);
    const drawn = overdue ? date(random, electionYears[0] - termYears - 2, electionYears[0] - termYears - 1) : date(random, ...electionYears);
    const elected = drawn < organization.establishedOn ? organization.establishedOn : drawn;
    const previous = `${Number(elected.slice(0, 4)) - termYears}${elected.slice(4, 8)}01`;
    organization.elections = [{ on: previous < organization.establishedOn ? organization.establishedOn : previous }, { on: elected }];
    if (village) for (const election of organization.elections) election.meeting = "members";
    if (overdue) bump("overdueElections");
    if (random.chance(0.01)) {
      bump("organizationsWithoutSecretaryPost");
      return full;
    }
    const from = organization.establishedOn;
    const secretary = newPost({ role: "secretary", organizationId: organization.id, from });
    if (seated.length > 0 && !random.chance(0.02)) hold(secretary, seated[0], { from: elected, appointment: "elected" });
    else bump("vacantSecretaries");
    if (organization.hasCommittee) {
      const size = random.chance(0.03) ? random.int(1, 2) : random.int(3, 5);
      const deputy = newPost({ role: "deputy-secretary", organizationId: organization.id, from });
      if (seated[1]) hold(deputy, seated[1], { from: elected, appointment: "elected" });
      for (let k = 2; k < size && k < seated.length; k++) {
        hold(newPost({ role: "committee-member", organizationId: organization.id, from }), seated[k], { from: elected, appointment: "elected" });
      }
    }
    return full;
  };
  // a day in the year before AS_OF, for probationary members
  const recentDay = () => (random.chance(0.5) ? `2023-${pad(random.int(7, 12), 2)}-${pad(random.int(1, 28), 2)}` : `2024-${pad(random.int(1, 6), 2)}-${pad(random.int(1, 28), 2)}`);
  const enrol = (organization, person, probationary) => {
    if (probationary) person.joinedPartyOn = recentDay();
    else if (person.joinedPartyOn < organization.establishedOn) person.joinedPartyOn = organization.establishedOn;
    memberships.push({ id: `m${pad(memberships.length + 1, 7)}`, personId: person.id, organizationId: organization.id, status: probationary ? "probationary" : "full", from: person.joinedPartyOn });
    return { person, status: probationary ? "probationary" : "full" };
  };

  // ---- townships and villages ----
  for (const township of townships) {
    township.committee = newOrganization({
      name: `中共${township.region.name}委员会`,
      kind: "primary-committee",
      sector: "township",
      parentId: township.county.committee.id,
      regionId: township.region.id,
      establishedOn: "1958-01-01",
      hasCommittee: true,
      elections: [{ on: "2016-08-01" }, { on: "2021-08-01" }],
    });
    if (random.chance(0.9)) sites.push({ id: `site-${township.region.id}`, name: `${township.region.name}党员教育培训中心`, kind: "training-center", level: "township", regionId: township.region.id, organizationId: township.committee.id, from: "2019-01-01" });
    else bump("townshipsWithoutTrainingCenter");
  }
  for (const village of villages) {
    const size = random.chance(0.03) ? random.int(1, 2) : random.chance(0.05) ? random.int(51, 130) : random.int(8, 45);
    const kind = size >= 100 ? "primary-committee" : size > 50 ? "general-branch" : "branch";
    const organization = newOrganization({
      name: `中共${village.region.name}${kind === "branch" ? "支部委员会" : kind === "general-branch" ? "总支部委员会" : "委员会"}`,
      shortName: `${village.region.name}党${kind === "branch" ? "支部" : kind === "general-branch" ? "总支" : "委"}`,
      kind,
      sector: "village",
      parentId: village.township.committee.id,
      regionId: village.region.id,
      establishedOn: date(random, 1955, 1990),
    });
    village.organization = organization;
    const members = [];
    for (let k = 0; k < size; k++) {
      const person = newPerson({ birthDate: date(random, 1945, 1995), joinedPartyOn: date(random, 1975, 2022) });
      members.push(enrol(organization, person, random.chance(0.05)));
    }
    bump("villageMembers", size);
    village.members = staff(organization, members, { termYears: 5, electionYears: [2021, 2021], overdueShare: 0.04, village: true });
    // a village Party committee may be elected by delegates only from 500 full members: these have fewer
    if (kind === "primary-committee" && random.chance(0.5)) {
      organization.elections.at(-1).meeting = "delegates";
      bump("villageDelegatesElections");
    }
    if (random.chance(0.3)) {
      for (let k = random.int(1, 3); k > 0; k--) {
        sites.push({ id: `site-vp-${village.region.id}-${k}`, name: `${village.region.name}党员先锋岗${k}`, kind: "vanguard-post", regionId: village.region.id, organizationId: organization.id, from: "2020-07-01" });
      }
    }
    // the cooperative, chaired by the branch secretary in most villages
    const cooperative = newUnit({ name: `${village.region.name}股份经济合作社`, kind: "cooperative", regionId: village.region.id });
    const chair = newPost({ role: "cooperative-chair", hostUnitId: cooperative.id, regionId: village.region.id, from: "2019-01-01" });
    if (village.members.length > 0 && !random.chance(0.03)) {
      const chairPerson = random.chance(0.9) ? village.members[0] : village.members.at(-1);
      hold(chair, chairPerson, { from: "2021-03-01", appointment: "elected" });
    } else bump("vacantCooperativeChairs");
    // collective income in 万元; some below the 20万元 floor
    const income = random.chance(0.08) ? random.int(3, 19) : random.int(20, 120);
    observations.push({ id: `obs-income-${village.region.id}`, indicator: "village.collective-income", scope: { type: "region", id: village.region.id }, period: { from: "2023-01", to: "2023-12" }, value: `${income}万元` });
    if (income < 20) bump("villagesBelowIncomeFloor");
  }

  // ---- organ units, their committees and branches, the cadres ----
  const units = [];
  const addUnits = (count, region, level, committee, prefecture) => {
    for (let k = 0; k < count; k++) {
      const [unitKind, sector] = random.pick(ORGAN_KINDS);
      const unit = newUnit({ name: `${region.name}第${k + 1}单位`, kind: unitKind, regionId: region.id });
      const organization = newOrganization({
        name: `中共${unit.name}委员会`,
        kind: "primary-committee",
        sector,
        parentId: committee.id,
        regionId: region.id,
        hostUnitIds: [unit.id],
        establishedOn: date(random, 1960, 1990),
      });
      units.push({ unit, level, sector, organization, prefecture, branches: [], cadres: [] });
    }
  };
  addUnits(scaled(60, 2), province, "province", top, undefined);
  for (const prefecture of prefectures) {
    addUnits(scaled(40 * prefecture.spec.cadreWeight), prefecture.region, "prefecture", prefecture.committee, prefecture);
    for (const county of prefecture.counties) addUnits(scaled(25 * Math.sqrt(prefecture.spec.cadreWeight)), county.region, "county", county.committee, prefecture);
  }
  const branchCount = Math.max(units.length, scaled(7000));
  const organBranches = [];
  for (let b = 0; b < branchCount; b++) {
    const owner = units[b % units.length];
    const branch = newOrganization({
      name: `中共${owner.unit.name}第${owner.branches.length + 1}支部委员会`,
      kind: "branch",
      sector: owner.sector,
      parentId: owner.organization.id,
      regionId: owner.unit.regionId,
      hostUnitIds: [owner.unit.id],
      establishedOn: date(random, 1991, 2015),
    });
    const entry = { organization: branch, owner, members: [], villages: 0 };
    owner.branches.push(entry);
    organBranches.push(entry);
  }
  const cadreCount = scaled(145_000);
  const cadres = [];
  for (let c = 0; c < cadreCount; c++) {
    // a unit weighted by its number of branches, then one of its branches
    const branch = organBranches[Math.floor(random.next() * organBranches.length)];
    const owner = branch.owner;
    const rank = pickShare(random, RANK_SHARES[owner.level]);
    const person = newPerson({
      birthDate: date(random, 1964, 1998),
      cadreRank: rank,
      inService: true,
      workStartedOn: date(random, 1985, 2021),
      employerUnitId: owner.unit.id,
    });
    if (random.chance(0.9)) {
      person.joinedPartyOn = date(random, 1985, 2022);
      branch.members.push(enrol(branch.organization, person, random.chance(0.02)));
    }
    const cadre = { person, rank, owner, load: 0, dispatched: false };
    owner.cadres.push(cadre);
    cadres.push(cadre);
  }
  for (const owner of units) {
    owner.organization.hasCommittee = true;
    const leaders = owner.cadres.filter((cadre) => cadre.person.joinedPartyOn !== undefined).slice(0, 5).map((cadre) => cadre.person);
    staff(owner.organization, [], { termYears: 5, electionYears: [2020, 2023], overdueShare: 0.03, village: false, holders: leaders });
    for (const branch of owner.branches) staff(branch.organization, branch.members, { termYears: 3, electionYears: [2021, 2023], overdueShare: 0.05, village: false });
  }
  truth.cadres = cadres.length;
  truth.organBranches = organBranches.length;

  // cadres and branches near a village first: its prefecture's, then the province's
  const poolOf = (prefecture) => cadres.filter((cadre) => cadre.owner.prefecture === prefecture);
  const cadrePools = new Map(prefectures.map((prefecture) => [prefecture, { list: poolOf(prefecture), next: 0 }]));
  const provinceCadres = { list: poolOf(undefined), next: 0 };
  // `lasting`: once no cadre of the pool fits, none ever will again (loads only grow), so skip the scan
  const takeCadre = (pool, fits, lasting = false) => {
    if (lasting && pool.exhausted) return undefined;
    for (let tries = 0; tries < pool.list.length; tries++) {
      const cadre = pool.list[pool.next];
      pool.next = (pool.next + 1) % pool.list.length;
      if (fits(cadre)) return cadre;
    }
    if (lasting) pool.exhausted = true;
    return undefined;
  };
  const branchPools = new Map(prefectures.map((prefecture) => [prefecture, { list: organBranches.filter((b) => b.owner.prefecture === prefecture), next: 0 }]));
  const provinceBranches = { list: organBranches.filter((b) => b.owner.prefecture === undefined), next: 0 };

  // ---- first secretaries and work teams in target villages; dispatch pairings ----
  for (const village of villages) {
    if (!village.firstSecretaryTarget) continue;
    if (random.chance(0.06)) {
      bump("targetVillagesWithoutFirstSecretary");
      continue;
    }
    const teamSize = random.chance(0.1) ? 2 : 3;
    for (let k = 0; k < teamSize; k++) {
      const role = k === 0 ? "first-secretary" : "work-team-member";
      const post = newPost({ role, organizationId: village.organization.id, regionId: village.region.id, from: "2021-06-01" });
      const gapDays = random.chance(0.03) ? 60 : 5;
      const batches = [
        { batch: "2021", from: "2021-06-15", to: "2023-06-14" },
        { batch: "2023", from: gapDays === 60 ? "2023-08-13" : "2023-06-19" },
      ];
      for (const span of batches) {
        const cadre = takeCadre(random.chance(0.5) ? provinceCadres : cadrePools.get(village.prefecture), (c) => !c.dispatched && c.person.joinedPartyOn !== undefined) ?? takeCadre(provinceCadres, (c) => !c.dispatched);
        if (cadre === undefined) continue;
        cadre.dispatched = true;
        const fields = { from: span.from, appointment: "dispatched", sendingUnitId: cadre.owner.unit.id, batch: span.batch };
        if (span.to) fields.to = span.to;
        hold(post, cadre.person, fields);
        const dispatch = { kind: "dispatch", helper: { type: "person", id: cadre.person.id }, target: { type: "region", id: village.region.id }, from: span.from, sendingUnitId: cadre.owner.unit.id, batch: span.batch };
        if (span.to) dispatch.to = span.to;
        pair(dispatch);
      }
    }
  }

  // ---- organizations paired with villages that need help ----
  for (const village of villages) {
    if (!village.needsHelp) continue;
    if (random.chance(0.07)) {
      bump("villagesWithoutHelper");
      continue;
    }
    const helpers = random.chance(0.05) ? 2 : 1;
    for (let k = 0; k < helpers; k++) {
      const overload = random.chance(0.01);
      const local = random.chance(0.7) ? branchPools.get(village.prefecture) : provinceBranches;
      const pool = local.list.length > 0 ? local : provinceBranches;
      let branch;
      for (let tries = 0; tries < pool.list.length && branch === undefined; tries++) {
        const candidate = pool.list[pool.next];
        pool.next = (pool.next + 1) % pool.list.length;
        if (overload ? candidate.villages >= 2 : candidate.villages < 2) branch = candidate;
      }
      branch ??= pool.list[pool.next];
      branch.villages += 1;
      const aims = [...new Set((village.region.problems ?? []).map((problem) => AIMS[problem]))];
      if (aims.length > 1 && random.chance(0.05)) aims.pop();
      const pairing = { kind: "organization-village", helper: { type: "organization", id: branch.organization.id }, target: { type: "region", id: village.region.id }, from: date(random, 2016, 2021) };
      if (aims.length > 0) pairing.aims = aims;
      if (k === 1 && random.chance(0.5)) pairing.exceptionReason = "大村，经县委组织部同意由两个党组织结对";
      pair(pairing);
    }
  }

  // ---- households needing help, mostly in poor villages, and their cadres ----
  const weights = villages.map((village) => (village.needsHelp ? 80 : 4));
  const cumulative = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  const villageAt = (x) => {
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid] > x) high = mid;
      else low = mid + 1;
    }
    return villages[low];
  };
  const householdCount = scaled(159_200);
  const householdVillages = [];
  for (let h = 0; h < householdCount; h++) householdVillages.push(villageAt(random.next() * total));
  // households of one village are numbered together, as a register lists them
  householdVillages.sort((a, b) => (a.region.id < b.region.id ? -1 : a.region.id > b.region.id ? 1 : 0));
  for (let h = 0; h < householdCount; h++) {
    const village = householdVillages[h];
    const household = { id: `hh${pad(h + 1, 7)}`, villageId: village.region.id, status: random.chance(0.85) ? "registered-poor" : "monitored", size: random.int(1, 7) };
    households.push(household);
    if (random.chance(0.05)) {
      bump("householdsUnpaired");
      continue;
    }
    const helpers = random.chance(0.02) ? 2 : 1;
    for (let k = 0; k < helpers; k++) {
      const overload = random.chance(0.005);
      const fits = overload ? (cadre) => cadre.load >= CAPACITY[cadre.rank] : (cadre) => cadre.load < CAPACITY[cadre.rank];
      const cadre = takeCadre(cadrePools.get(village.prefecture), fits, !overload) ?? takeCadre(provinceCadres, fits, !overload) ?? takeCadre(provinceCadres, () => true);
      cadre.load += 1;
      pair({ kind: "cadre-household", helper: { type: "person", id: cadre.person.id }, target: { type: "household", id: household.id }, from: date(random, 2016, 2021), aims: ["tackle-poverty"] });
    }
    // an earlier pairing that ended
    if (random.chance(0.03)) {
      const cadre = takeCadre(provinceCadres, () => true);
      pair({ kind: "cadre-household", helper: { type: "person", id: cadre.person.id }, target: { type: "household", id: household.id }, from: "2016-03-01", to: "2019-12-31" });
    }
  }
  truth.households = households.length;
  truth.overloadedCadres = cadres.filter((cadre) => cadre.load > CAPACITY[cadre.rank]).length;

  // ---- temporary branches of projects ----
  const temporaryCount = scaled(60, 2);
  for (let k = 0; k < temporaryCount; k++) {
    const county = counties[k % counties.length];
    const project = newUnit({ name: `${county.region.name}第${k + 1}建设项目`, kind: "project", regionId: county.region.id });
    const establishedOn = date(random, 2023, 2023);
    const organization = newOrganization({
      name: `中共${project.name}临时支部委员会`,
      kind: "temporary-branch",
      sector: "project",
      parentId: county.committee.id,
      regionId: county.region.id,
      hostUnitIds: [project.id],
      taskBodyId: project.id,
      approvedById: county.committee.id,
      approvedOn: establishedOn,
      establishedOn,
    });
    if (random.chance(0.3)) organization.dissolvedOn = "2024-03-31";
    const secretary = newPost({ role: "secretary", organizationId: organization.id, from: establishedOn });
    const cadre = cadres[Math.floor(random.next() * cadres.length)];
    hold(secretary, cadre.person, organization.dissolvedOn ? { from: establishedOn, to: organization.dissolvedOn, appointment: "designated" } : { from: establishedOn, appointment: "designated" });
  }

  // ---- joint branches of small enterprises: some cover too many units, some units have members enough for a branch ----
  const jointCount = scaled(120, 2);
  for (let k = 0; k < jointCount; k++) {
    const county = counties[k % counties.length];
    const establishedOn = date(random, 2005, 2018);
    const unitCount = random.chance(0.1) ? random.int(6, 7) : random.int(2, 5);
    if (unitCount > 5) bump("jointBranchesOverUnits");
    const joint = newOrganization({
      name: `中共${county.region.name}第${k + 1}非公企业联合支部委员会`,
      kind: "joint-branch",
      sector: "non-public-enterprise",
      parentId: county.committee.id,
      regionId: county.region.id,
      hostUnitIds: [],
      establishedOn,
    });
    const members = [];
    for (let u = 0; u < unitCount; u++) {
      const unit = newUnit({ name: `${county.region.name}第${k + 1}组第${u + 1}企业`, kind: "non-public-enterprise", regionId: county.region.id, establishedOn: "2000-01-01" });
      joint.hostUnitIds.push(unit.id);
      for (let m = random.chance(0.15) ? random.int(3, 4) : random.int(0, 2); m > 0; m--) {
        const fields = { birthDate: date(random, 1960, 1998), workStartedOn: date(random, 1980, 2020), joinedPartyOn: date(random, 1980, 2022) };
        if (!random.chance(0.05)) fields.employerUnitId = unit.id;
        members.push(enrol(joint, newPerson(fields), random.chance(0.05)));
      }
    }
    staff(joint, members, { termYears: 3, electionYears: [2021, 2023], overdueShare: 0.05, village: false });
  }

  // ---- organ branches paired one to one with village branches (1对1), a few doubled, half of those accepted ----
  const oneToOne = scaled(300);
  for (let k = 0; k < oneToOne && k < organBranches.length; k++) {
    const branch = organBranches[(k * 7) % organBranches.length];
    const village = villages[(k * 13) % villages.length];
    const record = { kind: "branch-village", helper: { type: "organization", id: branch.organization.id }, target: { type: "organization", id: village.organization.id }, from: "2022-03-01" };
    pair(record);
    if (random.chance(0.03)) {
      const second = organBranches[(k * 7 + 1) % organBranches.length];
      const extra = { kind: "branch-village", helper: { type: "organization", id: second.organization.id }, target: { type: "organization", id: village.organization.id }, from: "2022-03-01" };
      if (random.chance(0.5)) record.exceptionReason = extra.exceptionReason = "大村，经县委组织部同意由两个支部结对";
      pair(extra);
    }
  }

  // ---- reported figures, some of which the records contradict ----
  // training centers per county and vanguard posts per prefecture, as reported: mostly right, some reported
  // fewer than the records show (a breach), some as 近 (nearly)
  const countSites = (kind, within) => sites.filter((site) => site.kind === kind && within(site.regionId)).length;
  for (const county of counties) {
    const actual = countSites("training-center", (regionId) => regionId.startsWith(county.region.code));
    const roll = random.next();
    const value = roll < 0.1 && actual > 1 ? `${actual - 1}个` : roll < 0.2 ? `近${actual + 1}个` : `${actual}个`;
    if (roll < 0.1 && actual > 1) bump("reportedTooLow");
    observations.push({ id: `obs-tc-${county.region.id}`, indicator: "site.training-center.township-level.count", scope: { type: "region", id: county.region.id }, asOf: AS_OF, value });
  }
  for (const prefecture of prefectures) {
    const actual = countSites("vanguard-post", (regionId) => regionId.startsWith(prefecture.region.code.slice(0, 4)));
    observations.push({ id: `obs-vp-${prefecture.region.id}`, indicator: "site.vanguard-post.count", scope: { type: "region", id: prefecture.region.id }, asOf: AS_OF, value: `${Math.max(1, Math.floor(actual / 10) * 10)}余个` });
  }
  const provinceScope = { type: "region", id: province.id };
  observations.push(
    { id: "obs-ov-helpers", indicator: "pairing.organization-village.helper-count", scope: provinceScope, period: { from: "2016", to: "2020" }, value: "7000余个" },
    { id: "obs-ch-helpers", indicator: "pairing.cadre-household.helper-count", scope: provinceScope, period: { from: "2016", to: "2020" }, value: "14.5万名" },
    { id: "obs-dispatch-people", indicator: "pairing.dispatch.person-count", scope: provinceScope, asOf: "2024-06", value: "近1万名" },
    { id: "obs-dispatch-villages", indicator: "pairing.dispatch.village-count", scope: provinceScope, asOf: "2024-06", value: `${truth.firstSecretaryTargetVillages ?? 0}个` },
  );

  // Through JSON, as a reader gets it: flat strings and the parser's object shapes.
  const raw = {
    formatVersion: "1.0",
    meta: { id: "bench-province", title: "规则基准测试：省级数据" },
    regions,
    organizations,
    hostUnits,
    people,
    memberships,
    posts,
    postHoldings,
    sites,
    pairings,
    households,
    observations,
  };
  const text = JSON.stringify(raw);
  const counts = {};
  let records = 0;
  for (const [name, value] of Object.entries(raw)) {
    if (!Array.isArray(value)) continue;
    counts[name] = value.length;
    records += value.length;
  }
  return { document: JSON.parse(text), text, bytes: Buffer.byteLength(text), records, counts, truth };
}

// ---------------------------------------------------------------------------------------------------------
// National organization counts, as a Dataset object
// ---------------------------------------------------------------------------------------------------------

const PROVINCE_CODES = ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"];
const OTHER_SECTORS = ["organ", "public-institution", "school", "hospital", "state-owned-enterprise", "non-public-enterprise", "social-organization", "community"];
const COLLECTIONS = ["documents", "regions", "organizations", "hostUnits", "people", "memberships", "posts", "postHoldings", "teams", "sites", "activities", "campaigns", "pairings", "households", "indicators", "observations"];

/**
 * @param {{ scale?: number, seed?: number, quantity: (text: string) => object }} options `quantity` parses a
 *   quantity text ("25万元") into the Quantity a parsed dataset holds (core's parseQuantity)
 * @returns {{ dataset: object, records: number, counts: Record<string, number>, truth: Record<string, number> }}
 */
export function generateNational({ scale = 1, seed = 20240701, quantity }) {
  const random = createRandom(seed);
  const scaled = (n, min = 1) => Math.max(min, Math.round(n * scale));
  const dataset = { formatVersion: "1.0", meta: { id: "bench-national", title: "规则基准测试：全国组织规模" } };
  for (const name of COLLECTIONS) dataset[name] = [];
  const { regions, organizations, hostUnits, people, memberships, posts, postHoldings, pairings, sites, observations } = dataset;
  const truth = {};
  const bump = (key, n = 1) => (truth[key] = (truth[key] ?? 0) + n);
  const oldDay = datePool(random, 1950, 2000);
  const joinDay = datePool(random, 1975, 2022);
  const branchDay = datePool(random, 1991, 2020);
  const electionDay = datePool(random, 2021, 2021, 365);
  const overdueElectionDay = datePool(random, 2017, 2018, 365);
  const incomes = new Map();
  const incomeOf = (wan) => {
    let value = incomes.get(wan);
    if (value === undefined) incomes.set(wan, (value = quantity(`${wan}万元`)));
    return value;
  };
  const incomePeriod = { from: "2023-01", to: "2023-12" };

  // ---- regions: 31 provinces, 333 prefectures, 2,850 counties, 38,600 townships, 490,000 villages ----
  const provinceCount = Math.min(31, scaled(31));
  const prefectureCount = scaled(333, provinceCount);
  const countyCount = scaled(2850, prefectureCount);
  const townshipCount = scaled(38_600, countyCount);
  truth.townships = townshipCount;
  const villageCount = scaled(490_000, townshipCount);
  const provinces = [];
  for (let p = 0; p < provinceCount; p++) {
    const code = `${PROVINCE_CODES[p]}0000`;
    const region = { id: code, code, name: `第${p + 1}省`, level: "province" };
    regions.push(region);
    provinces.push({ region, prefectures: 0 });
  }
  const prefectures = [];
  for (let i = 0; i < prefectureCount; i++) {
    const province = provinces[i % provinces.length];
    province.prefectures += 1;
    const code = `${province.region.code.slice(0, 2)}${pad(province.prefectures, 2)}00`;
    const region = { id: code, code, name: `${province.region.name}第${province.prefectures}市`, level: "prefecture", parentId: province.region.id };
    regions.push(region);
    prefectures.push({ region, province, counties: 0 });
  }
  const counties = [];
  for (let i = 0; i < countyCount; i++) {
    const prefecture = prefectures[i % prefectures.length];
    prefecture.counties += 1;
    const code = `${prefecture.region.code.slice(0, 4)}${pad(20 + prefecture.counties, 2)}`;
    const region = { id: code, code, name: `${prefecture.region.name}第${prefecture.counties}县`, level: "county", parentId: prefecture.region.id };
    regions.push(region);
    counties.push({ region, prefecture, townships: 0, trainingCenters: 0 });
  }
  const townships = [];
  for (let i = 0; i < townshipCount; i++) {
    const county = counties[i % counties.length];
    county.townships += 1;
    const code = `${county.region.code}${100 + county.townships}`;
    const region = { id: code, code, name: `${county.region.name}第${county.townships}乡`, level: "township", kind: "township", parentId: county.region.id };
    regions.push(region);
    townships.push({ region, county, villages: 0 });
  }

  // ---- local committees ----
  let orgSerial = 0;
  const org = (name, kind, sector, parentId, regionId, establishedOn) => {
    orgSerial += 1;
    const record = sector === undefined
      ? parentId === undefined
        ? { id: `o${pad(orgSerial, 7)}`, name, kind, regionId, establishedOn }
        : { id: `o${pad(orgSerial, 7)}`, name, kind, parentId, regionId, establishedOn }
      : { id: `o${pad(orgSerial, 7)}`, name, kind, sector, parentId, regionId, establishedOn };
    organizations.push(record);
    return record;
  };
  for (const province of provinces) province.committee = org(`中共${province.region.name}委员会`, "local-committee", undefined, undefined, province.region.id, "1949-10-01");
  for (const prefecture of prefectures) prefecture.committee = org(`中共${prefecture.region.name}委员会`, "local-committee", undefined, prefecture.province.committee.id, prefecture.region.id, "1950-01-01");
  for (const county of counties) county.committee = org(`中共${county.region.name}委员会`, "local-committee", undefined, county.prefecture.committee.id, county.region.id, "1952-01-01");
  for (const township of townships) {
    township.committee = org(`中共${township.region.name}委员会`, "primary-committee", "township", township.county.committee.id, township.region.id, "1958-01-01");
    township.committee.hasCommittee = true;
    township.committee.elections = [{ on: "2021-08-01" }];
    if (random.chance(0.9)) {
      sites.push({ id: `site-${township.region.id}`, kind: "training-center", level: "township", regionId: township.region.id, from: "2019-01-01" });
      township.county.trainingCenters += 1;
    } else bump("townshipsWithoutTrainingCenter");
  }
  for (const county of counties) {
    observations.push({ id: `obs-tc-${county.region.id}`, indicator: "site.training-center.township-level.count", scope: { type: "region", id: county.region.id }, asOf: AS_OF, value: quantity(`${county.trainingCenters}个`) });
  }

  // ---- villages and their organizations, members, secretaries, cooperatives, first secretaries ----
  let personSerial = 0;
  let postSerial = 0;
  let pairingSerial = 0;
  const person = (joinedPartyOn, extra) => {
    personSerial += 1;
    const record = { id: `p${pad(personSerial, 8)}`, name: personName(random), joinedPartyOn, ...extra };
    people.push(record);
    return record;
  };
  const post = (role, organizationId, hostUnitId, regionId, from) => {
    postSerial += 1;
    const record = { id: `post${pad(postSerial, 8)}`, role, from };
    if (organizationId !== undefined) record.organizationId = organizationId;
    if (hostUnitId !== undefined) record.hostUnitId = hostUnitId;
    if (regionId !== undefined) record.regionId = regionId;
    posts.push(record);
    return record;
  };
  const hold = (postRecord, personId, from, extra) => {
    postHoldings.push({ id: `h${postRecord.id.slice(4)}-${postHoldings.length}`, postId: postRecord.id, personId, from, ...extra });
  };
  const villageOrganizations = [];
  const needingHelp = [];
  const primaryTarget = scaled(306_000);
  const generalTarget = scaled(330_000);
  const branchTarget = scaled(4_600_000);
  let primaries = townships.length;
  let generals = 0;
  let branches = 0;
  for (let i = 0; i < villageCount; i++) {
    const township = townships[i % townships.length];
    township.villages += 1;
    const code = `${township.region.code}${200 + township.villages}`;
    const region = { id: code, code, name: `${township.region.name}第${township.villages}村`, level: "village", kind: "village", parentId: township.region.id };
    const { designations, problems } = villageStatus(random, 0.2);
    if (designations.length > 0) region.designations = designations;
    if (problems.length > 0) region.problems = problems;
    regions.push(region);
    const active = designations.length === 0 ? [] : activeDesignations(region, AS_OF);
    const roll = random.next();
    const kind = roll < 0.01 ? "primary-committee" : roll < 0.06 ? "general-branch" : "branch";
    if (kind === "primary-committee") primaries += 1;
    else if (kind === "general-branch") generals += 1;
    else branches += 1;
    const organization = org(`中共${region.name}${kind === "branch" ? "支部委员会" : kind === "general-branch" ? "总支部委员会" : "委员会"}`, kind, "village", township.committee.id, region.id, oldDay());
    organization.elections = [{ on: random.chance(0.04) ? overdueElectionDay() : electionDay(), meeting: "members" }];
    villageOrganizations.push(organization);
    // a few members: mostly 3 to 6, some 1 or 2
    const size = random.chance(0.04) ? random.int(1, 2) : random.int(3, 6);
    let secretary;
    for (let k = 0; k < size; k++) {
      const member = person(joinDay());
      const from = member.joinedPartyOn < organization.establishedOn ? organization.establishedOn : member.joinedPartyOn;
      memberships.push({ id: `m${member.id.slice(1)}`, personId: member.id, organizationId: organization.id, status: "full", from });
      secretary ??= member;
    }
    const secretaryPost = post("secretary", organization.id, undefined, undefined, organization.establishedOn);
    const electedOn = organization.elections[0].on;
    if (!random.chance(0.02)) hold(secretaryPost, secretary.id, electedOn < organization.establishedOn ? organization.establishedOn : electedOn, { appointment: "elected" });
    const cooperative = { id: `u${code}`, name: `${region.name}股份经济合作社`, kind: "cooperative", regionId: region.id };
    hostUnits.push(cooperative);
    const chair = post("cooperative-chair", undefined, cooperative.id, region.id, "2019-01-01");
    if (!random.chance(0.03)) hold(chair, secretary.id, "2021-03-01", { appointment: "elected" });
    const income = random.chance(0.08) ? random.int(3, 19) : random.int(20, 120);
    if (income < 20) bump("villagesBelowIncomeFloor");
    observations.push({ id: `obs${code}`, indicator: "village.collective-income", scope: { type: "region", id: region.id }, period: incomePeriod, value: incomeOf(income) });
    bump("villages");
    if (active.some((k) => NEEDS_HELP.has(k)) || problems.length > 0) {
      bump("villagesNeedingHelp");
      needingHelp.push(region);
    }
    if (active.some((k) => FIRST_SECRETARY_TARGETS.has(k))) {
      bump("firstSecretaryTargetVillages");
      if (random.chance(0.06)) bump("targetVillagesWithoutFirstSecretary");
      else {
        const teamSize = random.chance(0.1) ? 2 : 3;
        for (let k = 0; k < teamSize; k++) {
          const role = k === 0 ? "first-secretary" : "work-team-member";
          const seat = post(role, organization.id, undefined, region.id, "2021-06-01");
          const cadre = person(joinDay(), { cadreRank: random.chance(0.2) ? "county" : "section", inService: true, workStartedOn: oldDay() });
          hold(seat, cadre.id, "2023-06-19", { appointment: "dispatched", batch: "2023" });
          pairingSerial += 1;
          pairings.push({ id: `pr${pad(pairingSerial, 8)}`, kind: "dispatch", helper: { type: "person", id: cadre.id }, target: { type: "region", id: region.id }, from: "2023-06-19", batch: "2023" });
        }
      }
    }
  }

  // ---- the other primary organizations: organs, institutions, enterprises, communities ----
  const otherPrimaries = [];
  while (primaries < primaryTarget) {
    const county = counties[Math.floor(random.next() * counties.length)];
    const record = org(`第${primaries}基层党委`, "primary-committee", random.pick(OTHER_SECTORS), county.committee.id, county.region.id, oldDay());
    otherPrimaries.push(record);
    primaries += 1;
  }
  const parentsOfBranches = [...otherPrimaries];
  while (generals < generalTarget) {
    const parent = otherPrimaries[Math.floor(random.next() * otherPrimaries.length)] ?? townships[0].committee;
    parentsOfBranches.push(org(`第${generals}党总支`, "general-branch", parent.sector, parent.id, parent.regionId, oldDay()));
    generals += 1;
  }
  while (branches < branchTarget) {
    const parent = parentsOfBranches[Math.floor(random.next() * parentsOfBranches.length)] ?? townships[0].committee;
    org(`第${branches}党支部`, "branch", parent.sector, parent.id, parent.regionId, branchDay());
    branches += 1;
  }

  // ---- organizations paired with villages that need help: organ branches, most villages covered ----
  const helpers = organizations.filter((record) => record.kind === "branch" && record.sector === "organ");
  let helperIndex = 0;
  for (const region of needingHelp) {
    if (random.chance(0.07) || helpers.length === 0) {
      bump("villagesWithoutHelper");
      continue;
    }
    const helper = helpers[helperIndex];
    helperIndex = (helperIndex + 1) % helpers.length;
    pairingSerial += 1;
    const record = { id: `pr${pad(pairingSerial, 8)}`, kind: "organization-village", helper: { type: "organization", id: helper.id }, target: { type: "region", id: region.id }, from: "2021-06-01" };
    const aims = [...new Set((region.problems ?? []).map((problem) => AIMS[problem]))];
    if (aims.length > 0) record.aims = aims;
    pairings.push(record);
  }

  const counts = {};
  let records = 0;
  for (const name of COLLECTIONS) {
    if (dataset[name].length === 0) continue;
    counts[name] = dataset[name].length;
    records += dataset[name].length;
  }
  truth.primaryCommittees = primaries;
  truth.generalBranches = generals;
  truth.branches = branches;
  return { dataset, records, counts, truth };
}
