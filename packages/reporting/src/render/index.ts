export type { RenderOptions } from "./common/render-options.js";
export * from "./markdown/index.js";
export * from "./html/index.js";
export * from "./csv/index.js";
export * from "./xlsx/index.js";
export * from "./json/index.js";
export * from "./format/index.js";
