import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import {
  CAMPAIGN_KINDS,
  GOVERNANCE_AIMS,
  INDICATOR_CATALOGUE,
  SERVICE_KINDS,
  SIX_CONSTRUCTIONS,
  findQuantities,
  indexDataset,
  parseDataset,
} from "@dangjian/core";

const dataDir = new URL("../data/", import.meta.url);
const input = JSON.parse(await readFile(new URL("haibei.dataset.json", dataDir), "utf8"));
const report = await readFile(new URL("haibei-report.txt", dataDir), "utf8");
const result = parseDataset(input);
const { dataset } = result;
const index = indexDataset(dataset);
const campaignNamed = (name) => dataset.campaigns.find((campaign) => campaign.name === name);

// how many observations each indicator has: the report states each figure once
const OBSERVATIONS_PER_INDICATOR = {
  "flag.issued.count": 1,
  "site.demonstration-site.prefecture-level.count": 1,
  "site.training-center.township-level.count": 1,
  "site.shared-venue.province-level.count": 1,
  "site.shared-venue.prefecture-level.count": 1,
  "site.vanguard-post.count": 1,
  "site.responsibility-zone.count": 1,
  "activity.epidemic-screening.participant-count": 1,
  "team.epidemic-prevention.member-count": 1,
  "pairing.branch-village.helper-count": 1,
  "pairing.branch-village.target-count": 1,
  "team.environmental.count": 1,
  "site.environmental-post.count": 1,
  "activity.inspection.count": 1,
  "activity.clue-report.lead-count": 1,
  "activity.field-organizational-life.organization-count": 1,
  "activity.village-stationing.member-count": 1,
  "service.menu-item.count": 1,
  "team.alliance-volunteer-service.count": 1,
  "person.community-reporting.count": 2,
  "pairing.organization-village.helper-count": 1,
  "pairing.cadre-household.helper-count": 1,
  "pairing.dispatch.batch-count": 1,
  "pairing.dispatch.person-count": 2,
  "pairing.dispatch.village-count": 1,
  "team.vanguard.count": 1,
  "organization.mobilized.count": 1,
  "team.flood-response.count": 1,
  "activity.emergency-response.member-count": 1,
  "village.collective-income": 1,
};

// the numbers in the report that are not figures, each found by the words around it, with the reason
const NOT_FIGURES = [
  { text: "3", after: "号党旗", why: "a flag size (3号党旗), not a count" },
  { text: "1", after: "+10", why: "the name of the 1+10 model; its numbers are parameters of that campaign" },
  { text: "10", before: "1+", why: "the name of the 1+10 model; its numbers are parameters of that campaign" },
  { text: "七类", after: "服务", why: "names the seven services, which are seven campaign records" },
  { text: "一面", after: "面", why: "the reduplication 一面面, one flag after another" },
  { text: "一个", after: "个", why: "the reduplication 一个个, one sign after another" },
  { text: "1", after: "对1", why: "the name of the 1对1 pairing model" },
  { text: "1", before: "1对", why: "the name of the 1对1 pairing model" },
  { text: "一名", after: "党员一面旗", why: "the name of the campaign 一名党员一面旗" },
  { text: "一面", before: "一名党员", why: "the name of the campaign 一名党员一面旗" },
];
const isNotFigure = (found, entry) =>
  found.text === entry.text && found.after.startsWith(entry.after ?? "") && found.before.endsWith(entry.before ?? "");

/** Where a quote sits in the report: its only occurrence, so a figure inside it is located exactly. */
function quoteSpan(quote) {
  const start = report.indexOf(quote);
  return { start, end: start + quote.length, unique: start >= 0 && report.indexOf(quote, start + 1) < 0 };
}

describe("the Haibei dataset", () => {
  it("parses with zero issues", () => {
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("keeps the report beside it, dated approximately, with title and authors", () => {
    const document = dataset.documents.find((doc) => doc.textFile === "haibei-report.txt");
    expect(document).toMatchObject({ kind: "news-report", dateApproximate: true, authors: ["郭文治", "孟航"] });
    expect(report).toContain(document.title.split("：").at(-1));
    expect(document.date.startsWith("2022")).toBe(true);
  });

  it("holds Qinghai, Haibei, its four counties and thirty townships with their codes, and 达玉村 without one", () => {
    const levels = (level) => dataset.regions.filter((region) => region.level === level);
    expect(levels("province").map((region) => region.code)).toEqual(["630000"]);
    expect(levels("prefecture").map((region) => region.code)).toEqual(["632200"]);
    expect(levels("county").map((region) => region.code).sort()).toEqual(["632221", "632222", "632223", "632224"]);
    expect(levels("township")).toHaveLength(30);
    expect(levels("township").every((region) => region.code?.length === 9 && region.code.startsWith(region.parentId))).toBe(true);
    const dayu = dataset.regions.find((region) => region.name === "达玉村");
    expect(dayu?.code).toBeUndefined();
    expect(index.regions.get(dayu.parentId)?.name).toBe("野牛沟乡");
  });

  it("names every region, organization and unit in English too", () => {
    for (const record of [...dataset.regions, ...dataset.organizations, ...dataset.hostUnits, ...dataset.campaigns]) {
      expect(record.nameEn, record.id).toMatch(/^[A-Z0-9a-z]/);
    }
  });

  it("quotes every source verbatim from the stored report", () => {
    const quotes = Object.values(dataset)
      .filter(Array.isArray)
      .flat()
      .flatMap((record) => record.sources ?? [])
      .filter((source) => source.documentId === "haibei-report");
    expect(quotes.length).toBeGreaterThan(100);
    for (const { quote } of quotes) expect(report, quote).toContain(quote);
  });

  it("has the organizations and units the report names", () => {
    const names = dataset.organizations.map((organization) => organization.shortName ?? organization.name);
    for (const name of ["省委", "省委组织部", "海北州委", "海北州委组织部", "州直属机关工委", "门源县委", "祁连县委", "海晏县委", "刚察县委", "野牛沟乡党委", "苏吉滩乡党委"]) {
      expect(names, name).toContain(name);
    }
    const branch = dataset.organizations.find((organization) => organization.kind === "temporary-branch");
    expect(branch).toMatchObject({ brand: "党建铸魂·城投铸城", sector: "project" });
    expect(index.hostUnits.get(branch.taskBodyId)?.name).toContain("南关新村北苑");
    const court = dataset.hostUnits.find((unit) => unit.kind === "court");
    expect(dataset.organizations.some((organization) => organization.hostUnitIds?.includes(court.id))).toBe(true);
    const taskForce = dataset.teams.find((team) => team.kind === "special-task-force");
    expect(index.hostUnits.get(taskForce.hostUnitId)?.name).toBe("海北州疫情防控处置指挥部办公室");
    expect(taskForce.partnerUnitIds.map((id) => index.hostUnits.get(id)?.name)).toEqual(["公安部门", "疾控部门", "工信部门"]);
  });

  it("records the mechanisms and campaigns with their parameters", () => {
    expect(campaignNamed("党旗在基层一线高高飘扬")).toMatchObject({ institutionalized: true });
    expect(campaignNamed("组织体系建设三年行动")).toMatchObject({ kind: "action-plan", parameters: { years: 3 } });
    expect(campaignNamed("一联双帮三治")?.aims).toEqual([...GOVERNANCE_AIMS]);
    expect(campaignNamed("1+10")?.parameters).toMatchObject({ leaders: 1, contacts: 10 });
    expect(campaignNamed("1对1")?.parameters).toMatchObject({ helpersPerTarget: 1, targetsPerHelper: 1 });
    for (const name of ["一名党员一面旗", "双百一千", "党员守承诺作表率", "我的岗位我负责、我在岗位请放心", "我为群众办实事"]) {
      expect(campaignNamed(name)?.kind, name).toBe("campaign");
    }
    expect(campaignNamed("州级党建示范点")?.parameters?.constructions).toEqual([...SIX_CONSTRUCTIONS]);
    expect(dataset.campaigns.every((campaign) => CAMPAIGN_KINDS.includes(campaign.kind))).toBe(true);
  });

  it("has the seven services, each with its provider and recipient, under 七类服务", () => {
    const parent = campaignNamed("七类服务");
    const services = dataset.campaigns.filter((campaign) => campaign.parentId === parent.id);
    expect(services.map((service) => service.service).sort()).toEqual([...SERVICE_KINDS].sort());
    for (const service of services) {
      expect(service.provider, service.name).toBeTruthy();
      expect(service.recipient, service.name).toBeTruthy();
      expect(report).toContain(`${service.provider}“${service.name}”`);
    }
  });

  it("places each county's governance model in its county", () => {
    const models = dataset.campaigns.filter((campaign) => campaign.kind === "governance-model");
    const byCounty = Object.fromEntries(models.map((model) => [index.regions.get(model.regionId)?.name, model.name]));
    expect(byCounty).toEqual({ 门源回族自治县: "红色物业", 祁连县: "一核四治四微", 刚察县: "一核五队促振兴", 海晏县: "五联六治" });
  });

  it("has the teams, sites and activities the report names", () => {
    const patrol = dataset.teams.find((team) => team.kind === "ecological-patrol");
    expect(patrol).toMatchObject({ horseback: true });
    expect(index.regions.get(patrol.regionId)?.name).toBe("达玉村");
    const flood = dataset.activities.find((activity) => activity.kind === "emergency-response" && activity.regionId === "632221");
    expect(flood?.teamKinds).toEqual(["night-patrol", "volunteer-service", "flood-emergency"]);
    const planting = dataset.activities.find((activity) => activity.kind === "flag-planting");
    expect(planting?.siteKinds).toEqual(["checkpoint", "flood-zone", "project-site"]);
    const issue = dataset.activities.find((activity) => activity.kind === "flag-issue" && activity.count);
    expect(issue?.count.min).toBe(400);
    expect(dataset.activities.some((activity) => activity.kind === "field-organizational-life")).toBe(true);
  });

  it("has one observation for every figure, each with indicator, scope, time, quantity and its quote", () => {
    expect(dataset.observations.length).toBeGreaterThan(30);
    for (const observation of dataset.observations) {
      expect(index.indicatorOf(observation.indicator), observation.id).toBeDefined();
      expect(["organization", "region", "host-unit"]).toContain(observation.scope.type);
      expect(observation.asOf ?? observation.period, observation.id).toBeDefined();
      const quote = observation.sources?.[0]?.quote ?? "";
      // the quantity as stated: its text sits in the quote
      expect(quote, observation.id).toContain(observation.value.text);
    }
  });

  it("counts observations per indicator as the table says, all from the built-in catalogue", () => {
    const counts = {};
    for (const observation of dataset.observations) counts[observation.indicator] = (counts[observation.indicator] ?? 0) + 1;
    expect(counts).toEqual(OBSERVATIONS_PER_INDICATOR);
    const catalogue = new Set(INDICATOR_CATALOGUE.map((indicator) => indicator.code));
    expect(Object.keys(counts).filter((code) => !catalogue.has(code))).toEqual([]);
  });

  it("reproduces the training-center figure from records: one center in each township, thirty in all", () => {
    const observed = dataset.observations.find((observation) => observation.indicator === "site.training-center.township-level.count");
    const { derivation } = index.indicatorOf(observed.indicator);
    const counted = dataset[derivation.records].filter((record) =>
      Object.entries(derivation.where).every(([field, value]) => record[field] === value),
    );
    expect(counted).toHaveLength(observed.value.min);
    const townships = dataset.regions.filter((region) => region.level === "township").map((region) => region.id);
    expect(counted.map((site) => site.regionId).sort()).toEqual(townships.sort());
  });

  it("covers every number findQuantities finds in the report: an observation, or listed as not a figure", () => {
    const found = findQuantities(report);
    const observed = dataset.observations.map((observation) => ({ observation, span: quoteSpan(observation.sources[0].quote) }));
    const uncovered = [];
    for (const figure of found) {
      const observations = observed.filter(
        ({ observation, span }) => span.start <= figure.start && figure.end <= span.end && observation.value.text === figure.text,
      );
      const dismissals = NOT_FIGURES.filter((entry) => isNotFigure(figure, entry));
      if (observations.length + dismissals.length !== 1) uncovered.push(`${figure.text}@${figure.start} ${figure.before}▸${figure.after}`);
    }
    expect(uncovered).toEqual([]);
    // no stale entry: each dismissal names exactly one number of the report
    for (const entry of NOT_FIGURES) expect(found.filter((figure) => isNotFigure(figure, entry)), entry.why).toHaveLength(1);
  });

  it("finds every observation's figure in the report where its quote says", () => {
    const found = findQuantities(report);
    for (const observation of dataset.observations) {
      const span = quoteSpan(observation.sources[0].quote);
      const matches = found.filter((figure) => span.start <= figure.start && figure.end <= span.end && figure.text === observation.value.text);
      expect(matches, observation.id).toHaveLength(1);
      expect(matches[0].quantity).toEqual(observation.value);
    }
  });

  it("reproduces the count the report names in words: 七类服务 are seven service records", () => {
    const seven = findQuantities(report).find((figure) => figure.text === "七类");
    const services = dataset.campaigns.filter((campaign) => campaign.kind === "service" && campaign.service !== undefined);
    expect(services).toHaveLength(seven.quantity.min);
  });

  it("locates every observation's quote once in the report", () => {
    for (const observation of dataset.observations) {
      expect(quoteSpan(observation.sources[0].quote).unique, observation.id).toBe(true);
    }
  });
});
