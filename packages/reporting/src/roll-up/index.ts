export * from "./roll-up.js";
export * from "./roll-up-section.js";
