export * from "./observation.js";
