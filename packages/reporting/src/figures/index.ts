export * from "./select-figures.js";
export * from "./figure-time.js";
export * from "./figures-section.js";
