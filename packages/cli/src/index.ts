/**
 * The `dangjian` command as a library: {@link runCli} runs it in-process with given streams and returns the
 * exit code, so other tools and tests can drive it without spawning a process.
 *
 * @packageDocumentation
 */
export * from "./run-cli/index.js";
export * from "./exit-code/index.js";
export * from "./output/index.js";
export * from "./progress/index.js";
export * from "./dataset-input/index.js";
export * from "./options/index.js";
export * from "./validate/index.js";
export * from "./report/index.js";
export * from "./check/index.js";
export * from "./plan/index.js";
export * from "./convert/index.js";
export * from "./schema/index.js";
export * from "./template/index.js";
export * from "./quantity/index.js";
