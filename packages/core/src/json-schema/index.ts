export * from "./dataset-json-schema.js";
