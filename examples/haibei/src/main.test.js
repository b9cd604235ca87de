import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("./main.js", import.meta.url));
const run = promisify(execFile);

describe("the main job", () => {
  it("prints the Chinese narrative and figures table and writes five formats", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "haibei-main-"));
    const { stdout } = await run(process.execPath, [main, "--out", out]);
    expect(stdout).toContain("海晏县各级党组织设定党员先锋岗52个，划定党员责任区224个。");
    expect(stdout).toMatch(/海北州委组织部\s+配发党旗\s+400面\s+2022年/u);
    expect((await readdir(out)).sort()).toEqual(["haibei.json", "haibei.zh-CN.csv", "haibei.zh-CN.html", "haibei.zh-CN.md", "haibei.zh-CN.xlsx"]);
  });

  it("does the same in English", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "haibei-main-"));
    const { stdout } = await run(process.execPath, [main, "--", "--locale", "en", "--out", out]);
    expect(stdout).toContain("Party organizations in Haiyan County set up 52 Party member vanguard posts and marked out 224 Party member responsibility zones.");
    expect(stdout).not.toMatch(/[\u4e00-\u9fff]/u);
    expect((await readdir(out)).sort()).toEqual(["haibei.en.csv", "haibei.en.html", "haibei.en.md", "haibei.en.xlsx", "haibei.json"]);
  });

  it("refuses an unknown locale with the usage exit code", async () => {
    await expect(run(process.execPath, [main, "--locale", "fr"])).rejects.toMatchObject({ code: 2 });
  });
});
