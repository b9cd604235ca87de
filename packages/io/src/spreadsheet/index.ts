export * from "./profile/index.js";
export * from "./csv/index.js";
export * from "./xlsx/index.js";
