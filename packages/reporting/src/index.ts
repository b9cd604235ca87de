/**
 * Reports on grassroots Party-organization work, built from a dataset's index: the figures reported within a
 * scope and period, roll-ups over the organization and region trees with loose quantities kept loose,
 * coverage statements (全覆盖), reconciliation of reported figures with the records, rule findings, charts as
 * Vega-Lite specifications, and a narrative in Chinese and English. `buildReport` gives a plain data model;
 * the renderers turn it into Markdown, HTML, CSV, XLSX or JSON without computing anything.
 *
 * @packageDocumentation
 */
export * from "./report/index.js";
export * from "./period/index.js";
export * from "./spec/index.js";
export * from "./scope/index.js";
export * from "./figures/index.js";
export * from "./roll-up/index.js";
export * from "./coverage/index.js";
export * from "./reconciliation/index.js";
export * from "./findings/index.js";
export * from "./chart/index.js";
export * from "./narrative/index.js";
export * from "./build/index.js";
export * from "./personal-data/index.js";
export * from "./render/index.js";
