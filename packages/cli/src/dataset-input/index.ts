export * from "./input-format.js";
export * from "./read-dataset-input.js";
export * from "./load-dataset.js";
