export * from "./activity.js";
