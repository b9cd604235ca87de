import { coversDay, isOrganizationAliveOn, nameOf, type HostUnit, type OrganizationSector } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import type { FindingSubject } from "../../../finding/finding.js";
import { RULE_SOURCES } from "../../../source/sources.js";
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
  *check({ index, asOf }) {
    // one state per village with a cooperative or a secretary, filled by one pass over host units and one over posts
    const villages = new Map<string, VillageState>();
    const stateOf = (villageId: string): VillageState => {
      let state = villages.get(villageId);
      if (state === undefined) {
        state = { cooperatives: [], chairs: [], secretaries: [] };
        villages.set(villageId, state);
      }
      return state;
    };
    const isVillage = (regionId: string | undefined): regionId is string => regionId !== undefined && index.regions.get(regionId)?.level === "village";
    // a cooperative outside a village gets a state no village reads
    for (const unit of index.dataset.hostUnits) {
      if (unit.kind !== "cooperative" || unit.regionId === undefined || !isOrganizationAliveOn(unit, asOf)) continue;
      stateOf(unit.regionId).cooperatives.push(unit);
    }
    for (const post of index.postsOfRole("cooperative-chair")) {
      const unit = post.hostUnitId === undefined ? undefined : index.hostUnits.get(post.hostUnitId);
      const state = unit?.regionId === undefined ? undefined : villages.get(unit.regionId);
      if (unit === undefined || state === undefined || !state.cooperatives.includes(unit)) continue;
      for (const holding of index.holdingsOf(post.id)) if (coversDay(holding, asOf)) state.chairs.push({ unitId: unit.id, personId: holding.personId });
    }
    // secretaries from the organizations with posts, without looking each organization up
    for (const { organization, posts } of index.organizationsWithPosts()) {
      const { regionId, sector } = organization;
      if (regionId === undefined || !isOrganizationAliveOn(organization, asOf)) continue;
      let state: VillageState | undefined;
      let villageOrganization: boolean | undefined;
      for (const post of posts) {
        if (post.role !== "secretary") continue;
        // a village or community sector says it; without a sector the region's level must
        villageOrganization ??= sector === undefined ? isVillage(regionId) : VILLAGE_SECTORS.has(sector);
        if (!villageOrganization) break;
        for (const holding of index.holdingsOf(post.id)) {
          if (!coversDay(holding, asOf)) continue;
          state ??= stateOf(regionId);
          if (!state.secretaries.includes(holding.personId)) state.secretaries.push(holding.personId);
        }
      }
    }
    for (const region of index.dataset.regions) {
      if (region.level !== "village") continue;
      const { cooperatives, chairs, secretaries } = villages.get(region.id) ?? EMPTY;
      let chairedBySecretary: HostUnit | undefined;
      for (const chair of chairs) {
        if (secretaries.includes(chair.personId)) {
          chairedBySecretary = cooperatives.find((unit) => unit.id === chair.unitId);
          break;
        }
      }
      // a cooperative without a chair on the day, or a village without a secretary, leaves the question open
      const unknown = secretaries.length === 0 || cooperatives.some((unit) => !chairs.some((chair) => chair.unitId === unit.id));
      const verdict = chairedBySecretary !== undefined ? "pass" : cooperatives.length > 0 && unknown ? "undetermined" : "breach";
      const chairIds = [...new Set(chairs.map((chair) => chair.personId))];
      const evidence: Record<string, unknown> = {
        asOf,
        cooperatives: cooperatives.map((unit) => unit.id),
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
      yield { verdict, subject: cooperative === undefined ? [village] : [village, { type: "host-unit", id: cooperative.id, name: cooperative.name }], evidence };
    }
  },
};

interface VillageState {
  readonly cooperatives: HostUnit[];
  readonly chairs: { readonly unitId: string; readonly personId: string }[];
  readonly secretaries: string[];
}

const EMPTY: VillageState = { cooperatives: [], chairs: [], secretaries: [] };
