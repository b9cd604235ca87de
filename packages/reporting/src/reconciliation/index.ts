export * from "./reconciliation-section.js";
