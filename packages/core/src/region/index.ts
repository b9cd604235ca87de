export * from "./region.js";
