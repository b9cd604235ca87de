export * from "./household.js";
