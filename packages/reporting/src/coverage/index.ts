export * from "./measure-coverage.js";
export * from "./coverage-section.js";
