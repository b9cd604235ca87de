export * from "./vocabulary.js";
export * from "./render-vocabulary.js";
