import type { EnumLabels } from "../label/enum-labels.js";
import type { MessageTable } from "../issue/message.js";
import { issueSeverityLabels } from "../issue/issue.js";
import { documentKindLabels } from "../provenance/document.js";
import { regionKindLabels, villageDesignationLabels, villageProblemLabels } from "../region/region.js";
import { organizationKindLabels, organizationSectorLabels } from "../organization/organization.js";
import { hostUnitKindLabels } from "../host-unit/host-unit.js";
import { cadreRankLabels } from "../person/person.js";
import { sexLabels } from "../identifier/sex.js";
import { regionLevelLabels } from "../region-code/region-level.js";
import { regionCodeMessages } from "../region-code/messages.js";
import { identifierMessages } from "../identifier/messages.js";
import { membershipStatusLabels } from "../membership/membership.js";
import { appointmentModeLabels, postRoleLabels } from "../post/post.js";
import { teamKindLabels } from "../team/team.js";
import { constructionLabels, siteKindLabels } from "../site/site.js";
import { activityKindLabels, serviceKindLabels } from "../activity/activity.js";
import { campaignKindLabels } from "../campaign/campaign.js";
import { governanceAimLabels } from "../pairing/governance.js";
import { pairingKindLabels, pairingPartyTypeLabels } from "../pairing/pairing.js";
import { householdStatusLabels } from "../household/household.js";
import { aggregationLabels, countableRecordTypeLabels } from "../indicator/indicator.js";
import { scopeTypeLabels } from "../observation/observation.js";
import { collectionLabels } from "../exchange/collection-labels.js";
import { exchangeMessages } from "../exchange/messages.js";
import { quantityQualifierLabels } from "../quantity/quantity-qualifier.js";
import { quantityDimensionLabels, quantityUnitLabels } from "../quantity/quantity-unit.js";
import { quantityMessages } from "../quantity/messages.js";
import { integrityMessages } from "../exchange/integrity-messages.js";

/**
 * Every domain enum of the package with its zh-CN and en labels, in one list: the source of the
 * label snapshot a Chinese reader reviews in one diff, and of pick-lists in templates.
 *
 * @returns the enums, in a stable order
 * @example
 * ```ts
 * for (const { name, values } of listVocabulary()) console.log(name, values.length);
 * ```
 * @category Labels
 */
export function listVocabulary(): readonly EnumLabels[] {
  return [
    issueSeverityLabels,
    documentKindLabels,
    regionLevelLabels,
    regionKindLabels,
    villageDesignationLabels,
    villageProblemLabels,
    organizationKindLabels,
    organizationSectorLabels,
    hostUnitKindLabels,
    cadreRankLabels,
    sexLabels,
    membershipStatusLabels,
    postRoleLabels,
    appointmentModeLabels,
    teamKindLabels,
    siteKindLabels,
    constructionLabels,
    serviceKindLabels,
    activityKindLabels,
    campaignKindLabels,
    governanceAimLabels,
    pairingKindLabels,
    pairingPartyTypeLabels,
    householdStatusLabels,
    aggregationLabels,
    countableRecordTypeLabels,
    scopeTypeLabels,
    quantityQualifierLabels,
    quantityDimensionLabels,
    quantityUnitLabels,
    collectionLabels,
  ] as readonly EnumLabels[];
}

/**
 * A message table with the module that raises its issues.
 *
 * @category Labels
 */
export interface ModuleMessages {
  /** The module, e.g. `quantity` or `exchange/integrity`. */
  readonly module: string;
  /** Its message templates keyed by issue code. */
  readonly messages: MessageTable;
}

/**
 * Every message table of the package, by the module that raises its issues.
 *
 * @returns the message tables, in a stable order
 * @example
 * ```ts
 * for (const { module, messages } of listMessageTables()) console.log(module, Object.keys(messages).length);
 * ```
 * @category Labels
 */
export function listMessageTables(): readonly ModuleMessages[] {
  return [
    { module: "quantity", messages: quantityMessages },
    { module: "region-code", messages: regionCodeMessages },
    { module: "identifier", messages: identifierMessages },
    { module: "exchange", messages: exchangeMessages },
    { module: "exchange/integrity", messages: integrityMessages },
  ];
}
