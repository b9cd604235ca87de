export * from "./render-json.js";
