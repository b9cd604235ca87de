import type { DatasetIndex, PairingParty } from "@dangjian/core";

/**
 * The village a side of a pairing points at: a region by its id, a Party organization by the region it works in
 * (`regionId`, the village of a village branch); undefined for other sides or an organization without a region.
 *
 * @param index - the dataset's index
 * @param party - the side of the pairing
 * @returns the region id, or undefined
 * @internal
 */
export function villageOfParty(index: DatasetIndex, party: PairingParty): string | undefined {
  if (party.type === "region") return party.id;
  if (party.type === "organization") return index.organizations.get(party.id)?.regionId;
  return undefined;
}
