export * from "./indicator.js";
export * from "./indicator-catalogue.js";
export * from "./resolve-indicator.js";
