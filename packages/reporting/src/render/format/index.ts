export * from "./report-format.js";
export * from "./render.js";
