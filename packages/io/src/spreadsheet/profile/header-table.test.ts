import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { headerCatalogueMarkdown } from "./header-table.js";

const README = fileURLToPath(new URL("../../../README.md", import.meta.url));
const START = "<!-- header-catalogue:start -->";
const END = "<!-- header-catalogue:end -->";

it("the README lists the header catalogue as generated (UPDATE_README=1 rewrites it)", () => {
  const readme = readFileSync(README, "utf8");
  const before = readme.slice(0, readme.indexOf(START) + START.length);
  const after = readme.slice(readme.indexOf(END));
  const expected = `${before}\n${headerCatalogueMarkdown()}\n${after}`;
  if (process.env["UPDATE_README"] === "1") writeFileSync(README, expected);
  expect(readme.includes(START) && readme.includes(END)).toBe(true);
  expect(readme).toBe(expected);
});
