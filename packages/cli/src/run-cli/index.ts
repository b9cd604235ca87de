export * from "./cli-io.js";
export * from "./command-context.js";
export * from "./run-cli.js";
