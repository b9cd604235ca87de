export * from "./covers-day.js";
export * from "./is-organization-alive-on.js";
export * from "./organization-parent-id-as-of.js";
export * from "./full-member-since.js";
export * from "./record-tree.js";
export * from "./dataset-index.js";
