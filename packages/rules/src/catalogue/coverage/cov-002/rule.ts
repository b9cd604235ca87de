import { coversDay, isOrganizationAliveOn, nameOf, type CalendarDate, type DatasetIndex, type HostUnit, type OrganizationSector, type PartyOrganization } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import type { FindingSubject } from "../../../finding/finding.js";
import { RULE_SOURCES } from "../../../source/sources.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { regionPositions } from "../../region-positions.js";
import { secretaryHoldingsOn } from "../../secretary-holdings.js";
import { joinLabels } from "../../pairing/join-labels.js";

// organizations of other sectors that happen to work in a village are not the village's Party organization
const VILLAGE_SECTORS: ReadonlySet<OrganizationSector> = new Set<OrganizationSector>(["village", "community"]);

/**
 * COV-002: every village has a joint-stock economic cooperative (村级股份经济合作社) chaired by its Party secretary
 * (the 2019 rural regulations ask the village secretary to head the village's collective economic organizations;
 * a report may state full coverage). For every region of level `village`: the cooperatives are host units of
 * kind `cooperative` in the village that exist on the day; their chairs are the holders on the day of posts of
 * role `cooperative-chair` of the cooperative; the secretaries are the holders on the day of posts of role
 * `secretary` of organizations existing on the day whose region is the village (organizations of a sector other
 * than village or community are left out). It holds when some cooperative's chair is a secretary; a village
 * without a cooperative breaks it; when a chair or secretary is not recorded, the rule cannot tell.
 *
 * @category Rules
 */
export const COV_002: Rule = {
  id: "COV-002",
  group: "coverage",
  severity: "warning",
  title: {
    "zh-CN": "每个村应成立由党组织书记任理事长的村级股份经济合作社",
    en: "Every village has a joint-stock cooperative chaired by its Party secretary",
  },
  message: {
    "zh-CN": "{subject} 截至 {asOf} 没有由村党组织书记担任理事长的村级股份经济合作社（合作社：{cooperativeNames}；理事长：{chairNames}；村党组织书记：{secretaryNames}）",
    en: "{subject} has no joint-stock economic cooperative chaired by its Party secretary on {asOf} (cooperatives: {cooperativeNamesEn}; chairs: {chairNamesEn}; secretaries: {secretaryNamesEn})",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 的村级股份经济合作社理事长或村党组织书记截至 {asOf} 的任职情况未记录，无法判断合作社是否由书记担任理事长（合作社：{cooperativeNames}）",
    en: "Who chairs the cooperative of {subject} or who is its Party secretary on {asOf} is not recorded, so it cannot be told whether the secretary chairs it (cooperatives: {cooperativeNamesEn})",
  },
  source: RULE_SOURCES.ruralRegulations,
  check({ index, asOf }) {
    const positions = regionPositions(index);
    const villages = villageStates(index, asOf, positions.of);
    return judgeEach(index.dataset.regions, (region, outcomes, position) => {
      if (region.level !== "village") return;
      const { cooperatives, chairs, secretaries } = villages[positions.holder[position]!] ?? EMPTY;
      const chairedBySecretary = chairedBySecretaryOf(cooperatives, chairs, secretaries);
      if (chairedBySecretary !== undefined && !outcomes.passDetails) return outcomes.pass();
      // a cooperative without a chair on the day, or a village without a secretary, leaves the question open
      const unknown = secretaries.length === 0 || someUnchaired(cooperatives, chairs);
      const verdict = chairedBySecretary !== undefined ? "pass" : cooperatives.length > 0 && unknown ? "undetermined" : "breach";
      let chairIds: readonly string[] = NONE;
      for (let i = 0; i < chairs.length; i++) if (!chairIds.includes(chairs[i]!.personId)) chairIds = added(chairIds, chairs[i]!.personId);
      const evidence: Record<string, unknown> = {
        asOf,
        cooperatives: idsOf(cooperatives),
        chairs: chairIds,
        secretaries,
        chairedBySecretary: chairedBySecretary?.id ?? null,
      };
      // the names are only read by messages, so a pass goes without them
      if (verdict !== "pass") {
        const personName = (id: string) => index.people.get(id)?.name ?? id;
        const chairNames = chairIds.map(personName);
        const secretaryNames = secretaries.map(personName);
        evidence["cooperativeNames"] = joinLabels(cooperatives.map((unit) => nameOf(unit, "zh-CN")), "zh-CN");
        evidence["cooperativeNamesEn"] = joinLabels(cooperatives.map((unit) => nameOf(unit, "en")), "en");
        evidence["chairNames"] = joinLabels(chairNames, "zh-CN");
        evidence["chairNamesEn"] = joinLabels(chairNames, "en");
        evidence["secretaryNames"] = joinLabels(secretaryNames, "zh-CN");
        evidence["secretaryNamesEn"] = joinLabels(secretaryNames, "en");
      }
      const cooperative = chairedBySecretary ?? cooperatives[0];
      const village: FindingSubject = { type: "region", id: region.id, name: region.name };
      outcomes.push({ verdict, subject: cooperative === undefined ? [village] : [village, { type: "host-unit", id: cooperative.id, name: cooperative.name }], evidence });
    });
  },
};

// one state per village with a cooperative or a secretary, by the region's position, filled by one pass over
// host units, one over the chairs' posts and one over the secretaries' holdings; its lists are made on their first
// entry, a village's handful each. Indexed loops throughout: this runs once per evaluation, where a for-of loop over
// hundreds of thousands of records stays slow and allocates a step object per record.
function villageStates(index: DatasetIndex, asOf: CalendarDate, positionOf: (regionId: string) => number | undefined): (VillageState | undefined)[] {
  const villages = new Array<VillageState | undefined>(index.dataset.regions.length);
  // a cooperative or an organization whose region is no region of the dataset gets no state: no village reads it
  const stateOf = (regionId: string): VillageState | undefined => {
    const position = positionOf(regionId);
    if (position === undefined) return undefined;
    return (villages[position] ??= { cooperatives: NONE, chairs: NONE, secretaries: NONE });
  };
  const isVillage = (regionId: string | undefined): regionId is string => regionId !== undefined && index.regions.get(regionId)?.level === "village";
  const units = index.dataset.hostUnits;
  // the state of each cooperative's village by the cooperative's position, for its chairs to find without a
  // second lookup of the village
  const stateOfUnit = new Array<VillageState | undefined>(units.length);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.kind !== "cooperative" || unit.regionId === undefined || !isOrganizationAliveOn(unit, asOf)) continue;
    const state = stateOf(unit.regionId);
    if (state === undefined) continue;
    state.cooperatives = added(state.cooperatives, unit);
    stateOfUnit[i] = state;
  }
  // the chairs' seats, each post joined to its holdings; a chair's cooperative by its position
  const chairSeats = index.seatsOfRole("cooperative-chair");
  for (let i = 0; i < chairSeats.length; i++) {
    const { post, holdings } = chairSeats[i]!;
    const position = post.hostUnitId === undefined ? undefined : index.positionOf("hostUnits", post.hostUnitId);
    const state = position === undefined ? undefined : stateOfUnit[position];
    if (state === undefined) continue;
    const unitId = units[position!]!.id;
    for (let h = 0; h < holdings.length; h++) {
      const holding = holdings[h]!;
      if (coversDay(holding, asOf)) state.chairs = added(state.chairs, { unitId, personId: holding.personId });
    }
  }
  // the secretaries of the organizations existing that day, shared with ORG-012
  const secretaries = secretaryHoldingsOn(index, asOf);
  let last: PartyOrganization | undefined;
  let villageOrganization = false;
  for (let i = 0; i < secretaries.length; i++) {
    const { organization, holding } = secretaries[i]!;
    const { regionId, sector } = organization;
    if (regionId === undefined) continue;
    // a village or community sector says it; without a sector the region's level must (once per organization)
    if (organization !== last) {
      last = organization;
      villageOrganization = sector === undefined ? isVillage(regionId) : VILLAGE_SECTORS.has(sector);
    }
    if (!villageOrganization) continue;
    const state = stateOf(regionId);
    if (state !== undefined && !state.secretaries.includes(holding.personId)) state.secretaries = added(state.secretaries, holding.personId);
  }
  return villages;
}

type Chair = VillageState["chairs"][number];

// the first cooperative whose chair is a secretary; indexed loops rather than closures or iterators, which a
// village's each would allocate
function chairedBySecretaryOf(cooperatives: readonly HostUnit[], chairs: readonly Chair[], secretaries: readonly string[]): HostUnit | undefined {
  for (let c = 0; c < chairs.length; c++) {
    const chair = chairs[c]!;
    if (!secretaries.includes(chair.personId)) continue;
    for (let u = 0; u < cooperatives.length; u++) if (cooperatives[u]!.id === chair.unitId) return cooperatives[u];
    return undefined;
  }
  return undefined;
}

function someUnchaired(cooperatives: readonly HostUnit[], chairs: readonly Chair[]): boolean {
  outer: for (let u = 0; u < cooperatives.length; u++) {
    for (let c = 0; c < chairs.length; c++) if (chairs[c]!.unitId === cooperatives[u]!.id) continue outer;
    return true;
  }
  return false;
}

function idsOf(units: readonly HostUnit[]): string[] {
  const ids = new Array<string>(units.length);
  for (let i = 0; i < units.length; i++) ids[i] = units[i]!.id;
  return ids;
}

// a list with one more entry, copied at its exact length: a village's lists hold a handful, and a pushed list
// would keep room for sixteen more through the evaluation
function added<T>(list: readonly T[], entry: T): readonly T[] {
  const longer = new Array<T>(list.length + 1);
  for (let i = 0; i < list.length; i++) longer[i] = list[i]!;
  longer[list.length] = entry;
  return longer;
}

interface VillageState {
  cooperatives: readonly HostUnit[];
  chairs: readonly { readonly unitId: string; readonly personId: string }[];
  secretaries: readonly string[];
}

const NONE: readonly never[] = Object.freeze([]);
const EMPTY: VillageState = { cooperatives: NONE, chairs: NONE, secretaries: NONE };
