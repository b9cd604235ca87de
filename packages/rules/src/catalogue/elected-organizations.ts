import type { DatasetIndex, PartyOrganization } from "@dangjian/core";
import { perIndex } from "./per-index.js";

/**
 * The organizations with an election on record, in dataset order, whatever their dates: the term and election
 * rules read these rather than every organization (millions of branches record none).
 *
 * @param index - the dataset's index
 * @returns the organizations with `elections`
 * @internal
 */
export const electedOrganizations = perIndex((index: DatasetIndex): readonly PartyOrganization[] => {
  return index.dataset.organizations.filter((organization) => organization.elections !== undefined);
});
