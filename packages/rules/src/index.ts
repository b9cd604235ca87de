export * from "./severity/index.js";
export * from "./source/index.js";
export * from "./finding/index.js";
export * from "./policy/index.js";
export * from "./rule/index.js";
export * from "./catalogue/index.js";
export * from "./evaluate/index.js";
export * from "./planner/index.js";
