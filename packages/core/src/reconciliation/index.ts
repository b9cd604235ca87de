export * from "./date-window.js";
export * from "./record-counter.js";
export * from "./reconcile-observation.js";
