/**
 * Typed, validated models of grassroots Party-organization work (基层党建): regions, Party organizations and
 * host units, people, memberships and posts, teams, sites, activities, campaigns, pairings, households,
 * indicators and observations with loose quantities, and the exchange document that holds them all.
 *
 * @packageDocumentation
 */
export * from "./label/index.js";
export * from "./issue/index.js";
export * from "./error/index.js";
export * from "./calendar/index.js";
export * from "./quantity/index.js";
export * from "./region-code/index.js";
export * from "./identifier/index.js";
export * from "./record/index.js";
export * from "./provenance/index.js";
export * from "./region/index.js";
export * from "./organization/index.js";
export * from "./host-unit/index.js";
export * from "./person/index.js";
export * from "./membership/index.js";
export * from "./post/index.js";
export * from "./team/index.js";
export * from "./site/index.js";
export * from "./activity/index.js";
export * from "./campaign/index.js";
export * from "./pairing/index.js";
export * from "./household/index.js";
export * from "./indicator/index.js";
export * from "./observation/index.js";
export * from "./reconciliation/index.js";
export * from "./exchange/index.js";
export * from "./json-schema/index.js";
export * from "./dataset-index/index.js";
export * from "./compact-tree/index.js";
export * from "./vocabulary/index.js";
