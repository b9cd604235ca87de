import { nameOf, type DatasetIndex, type LocalizedText, type ObservationScope } from "@dangjian/core";

/**
 * What a report is about: an organization or a region, with everything under it.
 *
 * @category Scopes
 */
export interface ReportScope {
  /** `organization` or `region`. */
  readonly type: "organization" | "region";
  /** The record's id. */
  readonly id: string;
}

const COLLECTIONS = { organization: "organizations", region: "regions", "host-unit": "hostUnits", campaign: "campaigns" } as const;

interface Named {
  readonly id: string;
  readonly name?: string | undefined;
  readonly nameEn?: string | undefined;
  readonly shortName?: string | undefined;
}

/**
 * The name of an observation's scope record in both languages, as reports show it: an organization's short
 * name in Chinese when it has one (某州委组织部 rather than 中共某州委员会组织部), its English name, else the id.
 *
 * @param index - the dataset's index
 * @param scope - the record's type and id
 * @returns the name in both languages
 * @example
 * ```ts
 * scopeName(index, { type: "region", id: "632223" }); // { "zh-CN": "某县", en: "Some County" }
 * ```
 * @category Scopes
 */
export function scopeName(index: DatasetIndex, scope: ObservationScope): LocalizedText {
  const record = index.get(COLLECTIONS[scope.type], scope.id) as Named | undefined;
  if (record === undefined) return { "zh-CN": scope.id, en: scope.id };
  return { "zh-CN": record.shortName ?? nameOf(record, "zh-CN"), en: nameOf(record, "en") };
}

/**
 * The region an observation's scope lies in: a region itself; an organization's, host unit's or campaign's
 * `regionId`, else that of the nearest record above it (an organization's parent, a host unit's parent, a
 * campaign's organization).
 *
 * @param index - the dataset's index
 * @param scope - the record's type and id
 * @returns the region's id, or undefined when nothing places it
 * @example
 * ```ts
 * regionOfScope(index, { type: "organization", id: "org-county-committee" }); // "632223"
 * ```
 * @category Scopes
 */
export function regionOfScope(index: DatasetIndex, scope: ObservationScope): string | undefined {
  switch (scope.type) {
    case "region":
      return index.regions.has(scope.id) ? scope.id : undefined;
    case "organization": {
      const chain = [index.organizations.get(scope.id), ...index.organizationTree.ancestorsOf(scope.id)];
      return chain.find((organization) => organization?.regionId !== undefined)?.regionId;
    }
    case "host-unit": {
      const chain = [index.hostUnits.get(scope.id), ...index.hostUnitTree.ancestorsOf(scope.id)];
      return chain.find((unit) => unit?.regionId !== undefined)?.regionId;
    }
    case "campaign": {
      const campaign = index.campaigns.get(scope.id);
      if (campaign?.regionId !== undefined) return campaign.regionId;
      return campaign?.organizationId === undefined ? undefined : regionOfScope(index, { type: "organization", id: campaign.organizationId });
    }
  }
}

/**
 * Whether an observation's scope lies within a report's scope. In a region report: its region (see
 * {@link regionOfScope}) is the region or under it. In an organization report: an organization that is the
 * organization or under it, a host unit one of those organizations is set up in, or a campaign one of them runs.
 *
 * @param index - the dataset's index
 * @param report - the report's scope
 * @param scope - the observation's scope
 * @returns true when it lies within
 * @example
 * ```ts
 * withinScope(index, { type: "region", id: "632200" }, { type: "organization", id: "org-county-committee" }); // true
 * ```
 * @category Scopes
 */
export function withinScope(index: DatasetIndex, report: ReportScope, scope: ObservationScope): boolean {
  if (report.type === "region") {
    const region = regionOfScope(index, scope);
    return region !== undefined && (region === report.id || index.regionTree.ancestorsOf(region).some((ancestor) => ancestor.id === report.id));
  }
  const underReport = (organizationId: string | undefined): boolean =>
    organizationId !== undefined &&
    (organizationId === report.id || index.organizationTree.ancestorsOf(organizationId).some((ancestor) => ancestor.id === report.id));
  switch (scope.type) {
    case "organization":
      return underReport(scope.id);
    case "host-unit":
      return [report.id, ...index.organizationTree.descendantsOf(report.id).map((organization) => organization.id)].some((id) =>
        (index.organizations.get(id)?.hostUnitIds ?? []).includes(scope.id),
      );
    case "campaign":
      return underReport(index.campaigns.get(scope.id)?.organizationId);
    case "region":
      return false;
  }
}
