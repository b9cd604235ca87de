export * from "./team.js";
