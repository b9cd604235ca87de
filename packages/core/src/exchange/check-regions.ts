import { parentRegionCode } from "../region-code/parent-region-code.js";
import { regionLevelOfCode } from "../region-code/region-level-of-code.js";
import { regionLevelLabels, type RegionLevel } from "../region-code/region-level.js";
import type { DraftRecord } from "./draft.js";
import { raise, type IntegrityState } from "./integrity-state.js";

/**
 * The levels a region's parent may have when a code is missing on either side: one level up, or two where
 * the division tree skips one (a township of a prefecture-level city without counties, a county under a
 * province).
 *
 * @internal
 */
export const PARENT_LEVELS: { readonly [L in RegionLevel]: readonly RegionLevel[] } = {
  province: [],
  prefecture: ["province"],
  county: ["prefecture", "province"],
  township: ["county", "prefecture"],
  village: ["township"],
};

// a province-administered county (429004) derives the grouping code 429000, which datasets often omit
const GROUPING_CODE = /^\d{2}90\d{2}$/;

function levelLabel(level: RegionLevel): { zh: string; en: string } {
  const label = regionLevelLabels.labels[level];
  return { zh: label["zh-CN"], en: label.en };
}

/**
 * Checks that a region's code names the level the region declares (`region.level_code_mismatch`).
 *
 * @param state - the integrity state
 * @param entry - the region
 * @internal
 */
export function checkRegionLevel(state: IntegrityState, entry: DraftRecord<"regions">): void {
  const { code, level } = entry.record;
  if (code === undefined) return;
  const codeLevel = regionLevelOfCode(code);
  if (codeLevel === undefined || codeLevel === level) return;
  const own = levelLabel(level);
  const coded = levelLabel(codeLevel);
  raise(state, "region.level_code_mismatch", "regions", entry, ["level"], {
    code,
    levelValue: level,
    codeLevelValue: codeLevel,
    level: own.zh,
    levelEn: own.en,
    codeLevel: coded.zh,
    codeLevelEn: coded.en,
  });
}

/**
 * Checks a region against its declared parent. When both have codes, the parent's code must be the parent
 * derived from the region's code (`region.parent_code_mismatch`; a province-administered county may hang
 * directly under its province). When either has no code (a village whose code is not known), the parent's
 * level must be one the region's level allows (`region.parent_level_mismatch`: a village under a township).
 * Compared even when the parent is left out, since the disagreement is this record's own.
 *
 * @param state - the integrity state
 * @param entry - the region
 * @param target - the region its `parentId` resolves to
 * @internal
 */
export function checkRegionParent(state: IntegrityState, entry: DraftRecord<"regions">, target: DraftRecord<"regions">): void {
  const region = entry.record;
  const parent = target.record;
  if (region.parentId === undefined) return;
  if (region.code !== undefined && parent.code !== undefined) {
    const derived = parentRegionCode(region.code);
    if (derived === undefined || derived === parent.code) return;
    if (derived !== null && GROUPING_CODE.test(derived) && parent.code === derived.slice(0, 2) + "0000") return;
    raise(state, "region.parent_code_mismatch", "regions", entry, ["parentId"], {
      code: region.code,
      parentId: region.parentId,
      parentCode: parent.code,
      expectedCode: derived,
      expected: derived === null ? "无（省级区域没有上级）" : `代码为 ${derived} 的区域`,
      expectedEn: derived === null ? "none (a province has no parent)" : `the region with code ${derived}`,
    });
    return;
  }
  const allowed = PARENT_LEVELS[region.level];
  if (allowed.includes(parent.level)) return;
  const own = levelLabel(region.level);
  const parentLevel = levelLabel(parent.level);
  const allowedLabels = allowed.map(levelLabel);
  raise(state, "region.parent_level_mismatch", "regions", entry, ["parentId"], {
    parentId: region.parentId,
    levelValue: region.level,
    parentLevelValue: parent.level,
    level: own.zh,
    levelEn: own.en,
    parentLevel: parentLevel.zh,
    parentLevelEn: parentLevel.en,
    allowed: allowedLabels.length === 0 ? "无（省级区域没有上级）" : allowedLabels.map((label) => label.zh).join("或"),
    allowedEn: allowedLabels.length === 0 ? "none (a province has no parent)" : allowedLabels.map((label) => label.en).join(" or "),
  });
}
