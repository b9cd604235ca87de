// Deterministic synthetic exchange document for the benchmark: a region tree, an organization tree of
// committees, general branches and branches with valid parentIds, people, and one membership per person.
// Every record is valid in shape and in references, so every validator walks its full happy path.

/** mulberry32: a small seeded PRNG, so every run and every machine gets the same data. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

const pad = (n, width) => String(n).padStart(width, "0");
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function date(random, fromYear, toYear) {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return `${year}-${pad(month, 2)}-${pad(random.int(1, days), 2)}`;
}

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "马", "才让", "扎西", "韩", "祁", "索南"];
const GIVEN = ["伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "卓玛", "东智", "措", "明"];
const ETHNICITIES = ["汉族", "藏族", "回族", "土族", "撒拉族", "蒙古族"];
const SECTORS = ["village", "community", "organ", "public-institution", "school", "hospital", "non-public-enterprise"];
const CADRE_RANKS = ["prefecture", "county", "section", "general"];

/**
 * @param {{ organizations: number, people: number, seed?: number }} size
 * @returns the document (as JSON.parse gives it), its number of records and its size as JSON in bytes
 */
export function generateDataset({ organizations: organizationCount, people: peopleCount, seed = 20221001 }) {
  const random = createRandom(seed);
  const regions = [];
  const province = { id: "630000", code: "630000", codeYear: 2023, name: "青海省", level: "province" };
  regions.push(province);
  const prefectures = [];
  const counties = [];
  const townships = [];
  for (let p = 1; p <= 8; p++) {
    const code = `63${pad(p, 2)}00`;
    const prefecture = { id: code, code, codeYear: 2023, name: `第${p}州`, level: "prefecture", parentId: province.id };
    regions.push(prefecture);
    prefectures.push(prefecture);
    for (let c = 21; c <= 27; c++) {
      const countyCode = `63${pad(p, 2)}${c}`;
      const county = { id: countyCode, code: countyCode, name: `第${p}州第${c}县`, level: "county", parentId: prefecture.id };
      regions.push(county);
      counties.push(county);
      for (let t = 100; t < 120; t++) {
        const townshipCode = `${countyCode}${t}`;
        const township = {
          id: townshipCode,
          code: townshipCode,
          name: `${county.name}第${t}乡镇`,
          level: "township",
          kind: random.chance(0.4) ? "town" : "township",
          parentId: county.id,
        };
        regions.push(township);
        townships.push(township);
      }
    }
  }

  const organizations = [];
  let serial = 0;
  // a parent is always established before its children, and every organization before 1970, when memberships start
  const organization = (fields, [fromYear, toYear]) => {
    serial += 1;
    const record = { id: `org-${pad(serial, 6)}`, ...fields, establishedOn: date(random, fromYear, toYear) };
    if (random.chance(0.2)) record.hasCommittee = true;
    organizations.push(record);
    return record;
  };
  const top = organization({ name: "中共青海省委", kind: "local-committee", regionId: province.id }, [1949, 1949]);
  const prefectureCommittees = prefectures.map((region) =>
    organization({ name: `中共${region.name}委`, kind: "local-committee", parentId: top.id, regionId: region.id }, [1950, 1952]),
  );
  const countyCommittees = counties.map((region, index) =>
    organization({
      name: `中共${region.name}委`,
      kind: "local-committee",
      parentId: prefectureCommittees[Math.floor(index / 7)].id,
      regionId: region.id,
    }, [1953, 1955]),
  );
  const primaryCount = Math.round(organizationCount * 0.06);
  const generalCount = Math.round(organizationCount * 0.14);
  const primaries = [];
  for (let i = 0; i < primaryCount; i++) {
    const township = townships[i % townships.length];
    const county = countyCommittees[Math.floor((i % townships.length) / 20)];
    primaries.push(
      organization({
        name: `${township.name}第${i}基层党委`,
        kind: "primary-committee",
        sector: random.pick(SECTORS),
        parentId: county.id,
        regionId: township.id,
      }, [1956, 1960]),
    );
  }
  const generals = [];
  for (let i = 0; i < generalCount; i++) {
    const parent = random.pick(primaries);
    generals.push(
      organization({ name: `第${i}党总支`, kind: "general-branch", sector: parent.sector, parentId: parent.id, regionId: parent.regionId }, [1961, 1964]),
    );
  }
  const branches = [];
  while (organizations.length < organizationCount) {
    const parent = random.chance(0.8) ? random.pick(generals) : random.pick(primaries);
    branches.push(
      organization({ name: `第${branches.length}党支部`, kind: "branch", sector: parent.sector, parentId: parent.id, regionId: parent.regionId }, [1965, 1969]),
    );
  }

  const people = [];
  const memberships = [];
  for (let i = 1; i <= peopleCount; i++) {
    const id = `p-${pad(i, 7)}`;
    const joined = date(random, 1970, 2023);
    const person = {
      id,
      name: random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.5) ? random.pick(GIVEN) : ""),
      sex: random.chance(0.5) ? "male" : "female",
      ethnicity: random.pick(ETHNICITIES),
      birthDate: date(random, 1930, 1950),
      joinedPartyOn: joined,
    };
    if (random.chance(0.3)) person.cadreRank = random.pick(CADRE_RANKS);
    if (random.chance(0.5)) person.inService = random.chance(0.7);
    people.push(person);
    const probationary = random.chance(0.05);
    memberships.push({
      id: `m-${pad(i, 7)}`,
      personId: id,
      organizationId: random.chance(0.9) ? random.pick(branches).id : random.pick(generals).id,
      status: probationary ? "probationary" : "full",
      from: joined,
    });
  }

  // Through JSON, collection by collection: validators then see what JSON.parse gives them (flat strings,
  // objects of the parser's shapes), not the concatenated strings and literals built above.
  let bytes = 0;
  const viaJson = (records) => {
    const text = JSON.stringify(records);
    bytes += Buffer.byteLength(text);
    return JSON.parse(text);
  };
  const document = {
    formatVersion: "1.0",
    meta: { id: "bench", title: "基准测试数据" },
    regions: viaJson(regions),
    organizations: viaJson(organizations),
    people: viaJson(people),
    memberships: viaJson(memberships),
  };
  const records = regions.length + organizations.length + people.length + memberships.length;
  return { document, records, bytes, counts: { regions: regions.length, organizations: organizations.length, people: people.length, memberships: memberships.length } };
}
