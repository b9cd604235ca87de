export * from "./read-dataset-file.js";
