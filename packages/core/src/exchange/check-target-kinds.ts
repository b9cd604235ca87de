import { PAIRING_SIDES, pairingKindLabels, pairingPartyTypeLabels } from "../pairing/pairing.js";
import { regionLevelLabels } from "../region-code/region-level.js";
import type { DraftRecord } from "./draft.js";
import { raise, type IntegrityState } from "./integrity-state.js";

const SIDE_LABELS = {
  helper: { "zh-CN": "帮扶方", en: "helper" },
  target: { "zh-CN": "帮扶对象", en: "target" },
} as const;

/**
 * Checks that each side of a pairing is of a record type its kind allows (see `PAIRING_SIDES`): a
 * cadre–household pairing's helper is a person, its target a household, and so on.
 * Each other combination is a `pairing.side_type_not_allowed` error at `/pairings/<i>/<side>/type`.
 *
 * @param state - the integrity state
 * @param entry - the pairing
 * @internal
 */
export function checkPairingSides(state: IntegrityState, entry: DraftRecord<"pairings">): void {
  const pairing = entry.record;
  const sides = PAIRING_SIDES[pairing.kind];
  for (const side of ["helper", "target"] as const) {
    const type = pairing[side].type;
    const allowed = sides[side];
    if (allowed.includes(type)) continue;
    const kind = pairingKindLabels.labels[pairing.kind];
    const typeLabel = pairingPartyTypeLabels.labels[type];
    raise(state, "pairing.side_type_not_allowed", "pairings", entry, [side, "type"], {
      kindValue: pairing.kind,
      sideValue: side,
      typeValue: type,
      allowedValues: allowed,
      kind: kind["zh-CN"],
      kindEn: kind.en,
      side: SIDE_LABELS[side]["zh-CN"],
      sideEn: SIDE_LABELS[side].en,
      type: typeLabel["zh-CN"],
      typeEn: typeLabel.en,
      allowed: allowed.map((value) => pairingPartyTypeLabels.labels[value]["zh-CN"]).join("或"),
      allowedEn: allowed.map((value) => pairingPartyTypeLabels.labels[value].en).join(" or "),
    });
  }
}

/**
 * Checks that a household's village is a village-level region (a village or a community):
 * `household.village_not_village` otherwise.
 *
 * @param state - the integrity state
 * @param entry - the household
 * @param target - the region its `villageId` resolves to
 * @internal
 */
export function checkHouseholdVillage(state: IntegrityState, entry: DraftRecord<"households">, target: DraftRecord<"regions">): void {
  const villageId = entry.record.villageId;
  const region = target.record;
  if (region.level === "village") return;
  const level = regionLevelLabels.labels[region.level];
  raise(state, "household.village_not_village", "households", entry, ["villageId"], {
    villageId,
    levelValue: region.level,
    level: level["zh-CN"],
    levelEn: level.en,
  });
}
