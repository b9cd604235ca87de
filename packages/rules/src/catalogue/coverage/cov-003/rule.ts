import { nameOf, quantityAtLeast, quantityUnitInfo, type Observation, type QuantityTruth, type Region } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { regionPositions } from "../../region-positions.js";
import type { FindingSubject } from "../../../finding/finding.js";
import { RULE_SOURCES } from "../../../source/sources.js";

interface Bound {
  readonly observation: Observation;
  readonly date: string;
  readonly regionId: string;
  readonly truth: QuantityTruth;
}

/**
 * COV-003: every village's collective income is at least the floor (`collectiveIncomeFloorYuan`, 200,000 yuan:
 * "所有村集体经济全部达到20万元以上"). For every region of level `village`, it reads the latest observation of the
 * policy's indicator (`collectiveIncomeIndicator`) scoped to the village and dated on or before the day (its `asOf`,
 * else the end of its `period`). A date given to the year or month is on or before the day when it is not after
 * the day's own year or month, so "2022" counts for any day of 2022; undated observations are not read, and of two
 * observations with the same date the first is kept. When the village has none and the indicator rolls up by
 * minimum, an observation of an ancestor region bounds every village under it from below: it can make a village
 * pass (also one whose own figure straddles the floor), never break the rule. A figure that is not an amount of money cannot be compared.
 *
 * @category Rules
 */
export const COV_003: Rule = {
  id: "COV-003",
  group: "coverage",
  severity: "error",
  title: { "zh-CN": "每个村集体经济收入应达到20万元以上", en: "Every village's collective income reaches the floor" },
  message: {
    "zh-CN": "{subject} 村集体经济收入为“{reported}”（{date}），低于 {floorYuan} 元的标准",
    en: "{subject} reports a collective income of “{reported}” ({date}), below the floor of {floorYuan} yuan",
  },
  undeterminedMessage: {
    "zh-CN": "{subject} 截至 {asOf} 的村集体经济收入无法判断是否达到 {floorYuan} 元（所据数据：{basis}）",
    en: "It cannot be told whether the collective income of {subject} reaches {floorYuan} yuan on {asOf} (based on: {basisEn})",
  },
  source: RULE_SOURCES.oneLinkTwoHelps,
  check({ index, asOf, parameters }) {
    const { collectiveIncomeIndicator: code, collectiveIncomeFloorYuan: floor } = parameters.coverage;
    const bounding = index.indicatorOf(code)?.aggregation === "min";
    const truthOf = (observation: Observation): QuantityTruth => {
      const { unit } = observation.value;
      return unit !== null && quantityUnitInfo[unit].dimension === "money" ? quantityAtLeast(observation.value, floor) : "unknown";
    };
    // the latest observation on or before the day, by the region's position in the dataset
    const positions = regionPositions(index);
    const latest = new Array<Bound | undefined>(index.dataset.regions.length);
    const latestOf = (regionId: string): Bound | undefined => {
      const position = positions.of(regionId);
      return position === undefined ? undefined : latest[position];
    };
    // the day cut to a figure's precision (a year, a month), cut once per precision rather than once per figure
    const cuts: string[] = [];
    const dayAt = (precision: number): string => (cuts[precision] ??= asOf.slice(0, precision));
    const observationRecords = index.dataset.observations;
    for (let i = 0; i < observationRecords.length; i++) {
      const observation = observationRecords[i]!;
      if (observation.indicator !== code || observation.scope.type !== "region") continue;
      const date = observation.asOf ?? observation.period?.to;
      if (date === undefined || date > dayAt(date.length)) continue;
      // a scope that is no region of the dataset is never read
      const position = positions.of(observation.scope.id);
      if (position === undefined) continue;
      const current = latest[position];
      if (current === undefined || date > current.date) latest[position] = { observation, date, regionId: observation.scope.id, truth: truthOf(observation) };
    }
    // the best bound from a region and the regions above it, memoized so each region is walked once
    const bounds = new Map<string, Bound | null>();
    const boundFrom = (regionId: string | undefined): Bound | null => {
      const chain: string[] = [];
      let found: Bound | null = null;
      for (let id = regionId; id !== undefined && chain.length <= index.regionTree.size; id = index.regionTree.parentOf(id)?.id) {
        const known = bounds.get(id);
        if (known !== undefined) {
          found = known;
          break;
        }
        chain.push(id);
      }
      for (let i = chain.length - 1; i >= 0; i--) {
        const id = chain[i]!;
        const bound = latestOf(id) ?? null;
        // a bound that settles the question wins; otherwise the nearest one is kept as evidence
        found = bound !== null && (bound.truth === true || found === null || found.truth !== true) ? bound : found;
        bounds.set(id, found);
      }
      return found;
    };
    return judgeEach(index.dataset.regions, (region, outcomes, position) => {
      if (region.level !== "village") return;
      const ownBound = latest[positions.holder[position]!] ?? null;
      // a region above can only settle what the village's own figure leaves open, and only by making it pass
      const above = bounding && (ownBound === null || ownBound.truth === "unknown") ? boundFrom(index.regionTree.parentOf(region.id)?.id) : null;
      const bound = ownBound === null || (above !== null && above.truth === true) ? above : ownBound;
      if (bound === null) {
        outcomes.push({ verdict: "undetermined", subject: villageSubject(region), evidence: { asOf, floorYuan: floor, indicator: code, observation: null, basis: "无数据", basisEn: "no figure" } });
        return;
      }
      const fromAncestor = bound.regionId !== region.id;
      const verdict = bound.truth === true ? "pass" : bound.truth === false && !fromAncestor ? "breach" : "undetermined";
      if (verdict === "pass" && !outcomes.passDetails) return outcomes.pass();
      const { value } = bound.observation;
      const evidence: Record<string, unknown> = {
        asOf,
        floorYuan: floor,
        indicator: code,
        observation: bound.observation.id,
        date: bound.date,
        scope: bound.regionId,
        reported: value.text,
        min: value.min,
        max: value.max,
      };
      // the basis is only read by the undetermined message
      if (verdict === "undetermined") {
        const scope = fromAncestor ? index.regions.get(bound.regionId) : region;
        const scopeName = scope === undefined ? bound.regionId : nameOf(scope, "zh-CN");
        const scopeNameEn = scope === undefined ? bound.regionId : nameOf(scope, "en");
        evidence["basis"] = `${scopeName}${fromAncestor ? "（上级区域，各村的最低值）" : ""}“${value.text}”（${bound.date}）`;
        evidence["basisEn"] = `${scopeNameEn}${fromAncestor ? " (a region above, the lowest of its villages)" : ""} “${value.text}” (${bound.date})`;
      }
      outcomes.push({ verdict, subject: villageSubject(region), evidence });
    });
  },
};

// built only for what is reported: most villages pass
function villageSubject(region: Region): FindingSubject[] {
  return [{ type: "region", id: region.id, name: region.name }];
}
