import { coversDay, nameOf } from "@dangjian/core";
import type { Rule } from "../../../rule/rule.js";
import { judgeEach } from "../../../rule/judge-each.js";
import { subjectOfRecord } from "../../../rule/subject-of.js";
import { RULE_SOURCES } from "../../../source/sources.js";

/**
 * COV-001: every township has a Party member education and training center (乡镇党员教育培训中心全覆盖). For every
 * region of level `township`, it holds when a site of kind `training-center` whose span covers the day is in the
 * township or in a region under it. Each center is placed once, by walking up the region tree from its region to
 * the nearest township.
 *
 * @category Rules
 */
export const COV_001: Rule = {
  id: "COV-001",
  group: "coverage",
  severity: "warning",
  title: { "zh-CN": "每个乡镇应成立党员教育培训中心", en: "Every township has a Party member education and training center" },
  message: {
    "zh-CN": "{subject} 截至 {asOf} 尚未成立乡镇党员教育培训中心，未实现全覆盖",
    en: "{subject} has no Party member education and training center in operation on {asOf}",
  },
  source: RULE_SOURCES.oneLinkTwoHelps,
  check({ index, asOf }) {
    // training centers by the township they are in, each site walked up the region tree once
    const centersByTownship = new Map<string, string[]>();
    const siteRecords = index.dataset.sites;
    for (let i = 0; i < siteRecords.length; i++) {
      const site = siteRecords[i]!;
      if (site.kind !== "training-center" || site.regionId === undefined || !coversDay(site, asOf)) continue;
      let region = index.regionTree.get(site.regionId);
      let steps = 0;
      while (region !== undefined && region.level !== "township" && steps <= index.regionTree.size) {
        region = index.regionTree.parentOf(region.id);
        steps += 1;
      }
      if (region === undefined || region.level !== "township") continue;
      const name = nameOf(site, "zh-CN");
      const list = centersByTownship.get(region.id);
      if (list) list.push(name);
      else centersByTownship.set(region.id, [name]);
    }
    return judgeEach(index.dataset.regions, (region, outcomes) => {
      if (region.level !== "township") return;
      const centers = centersByTownship.get(region.id) ?? [];
      if (centers.length > 0 && !outcomes.passDetails) return outcomes.pass();
      outcomes.push({
        verdict: centers.length > 0 ? "pass" : "breach",
        subject: [subjectOfRecord("region", region)],
        evidence: { asOf, trainingCenters: centers.length, centers },
      });
    });
  },
};
