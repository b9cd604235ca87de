import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const packagesDir = fileURLToPath(new URL("../../../packages/", import.meta.url));
const CHINESE_PLACE_NAMES = /海北|海晏|门源|祁连|刚察/;
const PINYIN_PLACE_NAMES = /haibei|haiyan|menyuan|qilian|gangcha/i;

/** Every file under packages/<name>/src, with its path relative to packages/. */
function packageSourceFiles() {
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const src = join(packagesDir, entry.name, "src");
      let files;
      try {
        files = readdirSync(src, { recursive: true, withFileTypes: true });
      } catch {
        return [];
      }
      return files.filter((file) => file.isFile()).map((file) => join(file.parentPath ?? file.path, file.name));
    });
}

describe("the packages know no place: Haibei is data", () => {
  const files = packageSourceFiles();

  it("scans the source of every package", () => {
    expect(files.some((file) => file.includes(join("core", "src")))).toBe(true);
    expect(files.length).toBeGreaterThan(50);
  });

  it("no file under packages/*/src names a Haibei place in Chinese", () => {
    const offenders = files.filter((file) => CHINESE_PLACE_NAMES.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("no source file (tests aside) names one in pinyin, in code, ids or docs", () => {
    const offenders = files
      .filter((file) => !/\.test\.[cm]?[jt]s$|\.snapshot\.md$/.test(file))
      .filter((file) => PINYIN_PLACE_NAMES.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });
});
