import type { DatasetIndex, PartyOrganization } from "@dangjian/core";

// one list per index, shared by the rules about elections (the index is immutable)
const cache = new WeakMap<DatasetIndex, readonly PartyOrganization[]>();

/**
 * The organizations with an election on record, in dataset order, whatever their dates: the term and election
 * rules read these rather than every organization (millions of branches record none).
 *
 * @param index - the dataset's index
 * @returns the organizations with `elections`
 * @internal
 */
export function electedOrganizations(index: DatasetIndex): readonly PartyOrganization[] {
  let elected = cache.get(index);
  if (elected === undefined) {
    elected = index.dataset.organizations.filter((organization) => organization.elections !== undefined);
    cache.set(index, elected);
  }
  return elected;
}
