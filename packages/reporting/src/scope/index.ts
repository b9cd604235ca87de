export * from "./report-scope.js";
