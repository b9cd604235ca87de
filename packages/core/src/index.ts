/**
 * Typed, validated models of grassroots Party-organization work (基层党建).
 *
 * @packageDocumentation
 */
export * from "./label/index.js";
export * from "./issue/index.js";
export * from "./error/index.js";
export * from "./calendar/index.js";
export * from "./quantity/index.js";
export * from "./region-code/index.js";
export * from "./identifier/index.js";
