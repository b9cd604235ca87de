export * from "./compact-tree.js";
export * from "./roll-up-tree.js";
